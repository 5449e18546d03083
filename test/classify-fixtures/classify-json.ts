/**
 * `tsx test/classify-fixtures/classify-json.ts SCRIPT CAPTURE ARGS...`: what `rpdb classify --json`
 * prints, for record.sh (which then asks the kernel every query).
 */
import { main } from '../../src/cli/main';

process.exitCode = await main(['classify', '--json', ...process.argv.slice(2)]);
