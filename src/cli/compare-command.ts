/**
 * `rpdb compare [--json] [--limit N] [--capture FILE [--output IF]... [--iif IF]... [--map C=L]...]
 * BEFORE AFTER`: runs both scripts, then prints the rule and route differences, the packet
 * classes whose verdict changes (each with a probe answered by both), the scripts' `ip route get`
 * lines whose answer changes, and with --capture the captured packets whose answer changes (as
 * `rpdb classify` maps them). Exit status 0 when nothing changes, 1 when something does, 2 on errors.
 */
import { compareScenarios, type CompareCapture } from '../analysis/index';
import { readCapture } from '../capture/read-capture';
import { formatCaptureError } from '../capture/types';
import type { ClassifyOptions } from '../classify/types';
import type { CliIo } from './main';
import { readScriptOrReport, usageError } from './cli-errors';

const first = (s: string) => s.split('\n')[0];

/** `rpdb compare`. */
export async function cmdCompare(io: CliIo, args: string[]): Promise<number> {
  let json = false;
  let limit = 50;
  let capture: string | undefined;
  const options = { output: [] as string[], iif: [] as string[], map: {} as Record<string, string> };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--capture' || a === '--output' || a === '--iif' || a === '--map') {
      const v = args[++i];
      if (v === undefined) return usageError(io, `option "${a}" needs a value`);
      if (a === '--capture') capture = v;
      else if (a === '--map') {
        const at = v.indexOf('=');
        if (at <= 0 || at === v.length - 1) return usageError(io, `--map takes CAPIF=LINK, not "${v}"`);
        options.map[v.slice(0, at)] = v.slice(at + 1);
      } else options[a === '--output' ? 'output' : 'iif'].push(v);
    } else if (a === '--limit') {
      const v = args[++i];
      if (v === undefined || !/^\d+$/.test(v)) return usageError(io, `invalid --limit "${v ?? ''}"`);
      limit = Number(v);
    } else if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 2) return usageError(io, 'compare needs two script files: BEFORE AFTER');
  const before = readScriptOrReport(io, files[0]);
  if (before === null) return 2;
  const after = readScriptOrReport(io, files[1]);
  if (after === null) return 2;
  let cap: CompareCapture | undefined;
  if (capture !== undefined) {
    if (!io.readBytes) return usageError(io, '--capture cannot read files here');
    let bytes: Uint8Array;
    try {
      bytes = io.readBytes(capture);
    } catch {
      io.stderr(`rpdb: cannot read ${capture}\n`);
      return 2;
    }
    const read = await readCapture(
      (async function* () {
        yield bytes;
      })(),
    );
    if (!read.ok) io.stderr(`rpdb: ${capture}: ${formatCaptureError(read.error)}\n`);
    cap = { packets: read.records, options: options as ClassifyOptions };
  }
  const cmp = compareScenarios(before, after, cap);
  const changedPackets = cmp.changedPackets ?? [];
  const changed =
    cmp.diffs.length + cmp.changedClasses.length + cmp.changedProbes.length + changedPackets.length > 0;
  if (json) {
    const classes = cmp.changedClasses.slice(0, limit).map((c) => ({
      family: c.family,
      text: c.text,
      before: c.before.key,
      after: c.after.key,
      probe: `ip route get ${c.probe.join(' ')}`,
      answerBefore: c.probeBefore.answer,
      answerAfter: c.probeAfter.answer,
    }));
    const out = {
      diffs: cmp.diffs,
      changedClasses: classes,
      totalChangedClasses: cmp.changedClasses.length,
      changedProbes: cmp.changedProbes,
      ...(cap ? { changedPackets } : {}),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return changed ? 1 : 0;
  }
  if (!changed) {
    io.stdout('No difference in rules, routes or verdicts.\n');
    return 0;
  }
  for (const d of cmp.diffs) {
    io.stdout(`--- ${d.listing}\n`);
    for (const l of d.removed) io.stdout(`- ${l}\n`);
    for (const l of d.added) io.stdout(`+ ${l}\n`);
  }
  if (cmp.changedClasses.length) {
    io.stdout(`\nPacket classes whose verdict changes (${cmp.changedClasses.length}):\n`);
    cmp.changedClasses.slice(0, limit).forEach((c, i) => {
      io.stdout(`${String(i + 1).padStart(3)}. [IPv${c.family}] ${c.text}\n`);
      io.stdout(`     before: ${c.before.key}\n     after:  ${c.after.key}\n`);
      io.stdout(`     probe:  ip route get ${c.probe.join(' ')}\n`);
      io.stdout(
        `       before: ${first(c.probeBefore.answer)}\n       after:  ${first(c.probeAfter.answer)}\n`,
      );
    });
    if (cmp.changedClasses.length > limit)
      io.stdout(`… ${cmp.changedClasses.length - limit} more (use --limit N)\n`);
  }
  if (cmp.changedProbes.length) {
    io.stdout(`\nProbes of the scripts whose answer changes (${cmp.changedProbes.length}):\n`);
    for (const p of cmp.changedProbes)
      io.stdout(`  $ ${p.command}\n    before: ${first(p.before)}\n    after:  ${first(p.after)}\n`);
  }
  if (changedPackets.length) {
    io.stdout(`\nCaptured packets whose answer changes (${changedPackets.length}):\n`);
    for (const p of changedPackets.slice(0, limit))
      io.stdout(`  ${p.command}\n    before: ${first(p.before)}\n    after:  ${first(p.after)}\n`);
  }
  return 1;
}
