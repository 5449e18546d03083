/**
 * `rpdb classes [--json] [-4|-6] [--limit N] FILE|- (--rule PREF | --table T | --verdict TEXT | --all)`:
 * runs the script, then lists the packet classes that end at the rule, table or verdict, each
 * with its verdict and a sample `ip route get` probe run through the simulator.
 */
import {
  packetClasses,
  runProbe,
  type ClassTarget,
  type PacketClass,
  type ProbeResult,
} from '../analysis/index';
import type { Session } from '../iproute2/context';
import { Names } from '../iproute2/names';
import { createSession, runScript } from '../scenario/run-script';
import type { CliIo } from './main';
import { readScriptOrReport, usageError } from './cli-errors';

interface ClassesArgs {
  json: boolean;
  family?: 4 | 6;
  limit: number;
  file: string;
  what:
    | { kind: 'rule'; pref: number }
    | { kind: 'table'; table: string }
    | { kind: 'verdict'; text: string }
    | { kind: 'all' };
}

function parseArgs(io: CliIo, args: string[]): ClassesArgs | number {
  let json = false;
  let family: 4 | 6 | undefined;
  let limit = 50;
  let what: ClassesArgs['what'] | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--json') json = true;
    else if (a === '-4' || a === '-6') family = a === '-4' ? 4 : 6;
    else if (a === '--all') what = { kind: 'all' };
    else if (a === '--rule' || a === '--table' || a === '--verdict' || a === '--limit') {
      const v = value();
      if (v === undefined) return usageError(io, `option "${a}" needs a value`);
      if (a === '--limit') {
        if (!/^\d+$/.test(v)) return usageError(io, `invalid --limit "${v}"`);
        limit = Number(v);
      } else if (a === '--rule') {
        if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) return usageError(io, `invalid rule priority "${v}"`);
        what = { kind: 'rule', pref: Number(v) };
      } else what = a === '--table' ? { kind: 'table', table: v } : { kind: 'verdict', text: v };
    } else if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1)
    return usageError(
      io,
      files.length === 0
        ? 'missing script FILE (or - for standard input)'
        : 'only one script FILE may be given',
    );
  if (!what) return usageError(io, 'classes needs --rule PREF, --table T, --verdict TEXT or --all');
  return { json, family, limit, file: files[0], what };
}

/** One class as text lines (with the probe's answer from the simulator). */
export function formatClass(c: PacketClass, n: number, probe: ProbeResult): string {
  const rule = c.rulePref !== undefined ? ` (rule ${c.rulePref})` : '';
  // The answer can come from checks before or after the policy lookup (source, forwarding).
  const note =
    probe.verdict?.key === c.verdict.key
      ? ''
      : `  [policy lookup: ${probe.verdict ? probe.verdict.key : 'not reached'}]`;
  return `${String(n).padStart(3)}. ${c.text}\n     verdict: ${c.verdict.key}${rule}\n     probe:   ip route get ${c.probe.join(' ')}\n              ${probe.answer.split('\n')[0]}${note}\n`;
}

function targets(session: Session, a: ClassesArgs): ClassTarget[] | string {
  const fams: (4 | 6)[] = a.family ? [a.family] : a.what.kind === 'rule' ? [4] : [4, 6];
  const w = a.what;
  if (w.kind === 'table') {
    const id = new Names(session.files).rttableA2n(w.table);
    if (id === null) return `table "${w.table}" is not a number or a name in rt_tables`;
    return fams.map((family) => ({ kind: 'table', family, table: id }));
  }
  return fams.map((family) =>
    w.kind === 'rule'
      ? { kind: 'rule', family, pref: w.pref }
      : w.kind === 'verdict'
        ? { kind: 'verdict', family, text: w.text }
        : { kind: 'all', family },
  );
}

/** `rpdb classes`. Exit status 0 when some class was found, 1 when none, 2 on errors. */
export function cmdClasses(io: CliIo, args: string[]): number {
  const a = parseArgs(io, args);
  if (typeof a === 'number') return a;
  const text = readScriptOrReport(io, a.file);
  if (text === null) return 2;
  const session = createSession();
  runScript(text, session);
  const ts = targets(session, a);
  if (typeof ts === 'string') return usageError(io, ts);
  if (
    a.what.kind === 'rule' &&
    !session.host.rules[ts[0].family].some((r) => r.pref === (a.what as { pref: number }).pref)
  )
    io.stderr(`rpdb: no IPv${ts[0].family} rule with priority ${a.what.pref}\n`);
  const all = ts.flatMap((t) => packetClasses(session, t));
  const shown = all.slice(0, a.limit);
  const answers = shown.map((c) => runProbe(session, c.probe));
  if (a.json) {
    const out = shown.map((c, i) => ({
      family: c.family,
      text: c.text,
      verdict: c.verdict,
      rulePref: c.rulePref,
      probe: `ip route get ${c.probe.join(' ')}`,
      answer: answers[i].answer,
      probeVerdict: answers[i].verdict?.key ?? null,
    }));
    io.stdout(`${JSON.stringify({ total: all.length, classes: out }, null, 2)}\n`);
  } else {
    let fam = 0;
    shown.forEach((c, i) => {
      if (c.family !== fam) io.stdout(`${fam ? '\n' : ''}IPv${(fam = c.family)} packet classes:\n`);
      io.stdout(formatClass(c, i + 1, answers[i]));
    });
    if (all.length === 0) io.stdout('No packets end there.\n');
    if (all.length > shown.length) io.stdout(`… ${all.length - shown.length} more classes (use --limit N)\n`);
  }
  return all.length ? 0 : 1;
}
