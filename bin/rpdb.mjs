#!/usr/bin/env node
// The rpdb command: runs the bundle that `npm install` (prepare) builds from src/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/rpdb.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('rpdb: dist/rpdb.mjs is missing; run "npm install" (or "npm run build:cli") first.\n');
  process.exit(1);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
