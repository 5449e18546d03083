/**
 * `rpdb doctor [--json] [--networkd|--no-networkd] FILE|-`: runs the script, then the doctor.
 * Text: one paragraph per finding with its probe and verdict. Exit status 0 when there is no
 * finding, 1 when there are findings, 2 on usage or read errors.
 */
import { runDoctor, type DoctorOptions, type Finding } from '../analysis/doctor';
import { createSession, runScript } from '../scenario/run-script';
import type { CliIo } from './main';
import { readScriptOrReport, usageError } from './cli-errors';

/** One finding as a text paragraph. */
export function formatFinding(f: Finding): string {
  const rules = f.rules
    .map((r) => `    ${r.family === 6 ? '[IPv6] ' : ''}${r.text.replace('\t', ' ')}\n`)
    .join('');
  return (
    `${f.severity}: ${f.title} [${f.id}]\n` +
    rules +
    `  ${f.explanation}\n` +
    `  Probe: $ ${f.probe.command}\n` +
    `         ${f.verdict.trimEnd()}\n`
  );
}

/** `rpdb doctor`. */
export function cmdDoctor(io: CliIo, args: string[]): number {
  let json = false;
  const options: DoctorOptions = {};
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--networkd') options.networkd = true;
    else if (a === '--no-networkd') options.networkd = false;
    else if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1)
    return usageError(
      io,
      files.length === 0
        ? 'missing script FILE (or - for standard input)'
        : 'only one script FILE may be given',
    );
  const file = files[0]!;
  const text = readScriptOrReport(io, file);
  if (text === null) return 2;
  const session = createSession();
  runScript(text, session);
  const findings = runDoctor(session, options);
  if (json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else if (findings.length === 0) io.stdout('No findings.\n');
  else io.stdout(findings.map(formatFinding).join('\n'));
  return findings.length === 0 ? 0 : 1;
}
