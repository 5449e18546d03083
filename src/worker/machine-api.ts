/**
 * The machine tools in the worker: import what a machine prints, the doctor, "which packets reach
 * this?", compare two scenarios, and export. Each runs the script on a fresh machine (probes do
 * not change it) and returns plain data (src/worker/machine-types.ts).
 */
import { runDoctor } from '../analysis/doctor';
import { classesOf, packetClasses, type PacketClass } from '../analysis/packet-class';
import { runProbe } from '../analysis/packet-class-probe';
import { walkPackets } from '../analysis/packet-class-walk';
import { compareSessions } from '../analysis/compare';
import { importMachineState } from '../import/index';
import type { Session } from '../iproute2/context';
import { exportScenario, type ExportOptions } from '../scenario/export-scenario';
import { createSession, runScript } from '../scenario/run-script';
import { runLines } from './build-view';
import { probeArgs, probeFamily, splitArgs } from './probe-args';
import type {
  ClassRow,
  CompareResult,
  ExportKind,
  ExportResult,
  Finding,
  ImportInput,
  ImportResult,
  ReachResult,
  ReachTarget,
} from './machine-types';

/** The machine methods of the engine API. */
export interface MachineApi {
  /** Imports pasted or dropped inputs (texts and `ip rule/route save` bytes) into a script. */
  machineImport(inputs: ImportInput[]): ImportResult;
  /** The doctor's findings for the machine the script leaves. */
  machineDoctor(script: string): Finding[];
  /** The packet classes that end at a rule, a table or a probe's verdict. */
  machineReach(script: string, target: ReachTarget): ReachResult;
  /** Compares `before` with `after`. */
  machineCompare(before: string, after: string): CompareResult;
  /** Exports the machine the script leaves (netns: the namespace name for `netns`). */
  machineExport(script: string, kind: ExportKind, netns?: string): ExportResult;
}

function sessionOf(script: string): Session {
  const session = createSession();
  runScript(script, session);
  return session;
}

function rowOf(c: PacketClass): ClassRow {
  const row: ClassRow = { family: c.family, text: c.text, verdict: c.verdict.key, probe: c.probe.join(' ') };
  if (c.rulePref !== undefined) row.rulePref = c.rulePref;
  return row;
}

function tableName(id: number): string {
  return id === 254 ? 'main' : id === 255 ? 'local' : id === 253 ? 'default' : String(id);
}

/** The classes whose verdict is exactly the one the probe on `line` gets. */
function verdictClasses(script: string, line: number): ReachResult {
  const command = script.split('\n')[line - 1];
  const args = command === undefined ? null : probeArgs(command);
  const title = `the verdict of line ${line}`;
  if (command === undefined || args === null) return { title, classes: [], error: `Line ${line} is no ip route get` };
  // The machine as the lines before the probe left it, as its trace sees it.
  const { session } = runLines(script, line);
  const family = probeFamily(command);
  const verdict = runProbe(session, splitArgs(args)).verdict;
  if (!verdict) return { title, classes: [], error: 'The lookup did not run for this probe (see its error)' };
  const walk = walkPackets(session.host, family);
  const classes = walk.outcomes
    .filter((o) => o.verdict.key === verdict.key)
    .flatMap((o) => classesOf(session.host, walk, o))
    .map(rowOf);
  return { title: `${title}: ${verdict.key}`, classes };
}

const EXPORTS: Record<ExportKind, (netns?: string) => ExportOptions> = {
  script: () => ({ format: 'script' }),
  netns: (netns) => ({ format: 'script', netns: netns ?? 'rpdb-try' }),
  'rule-save': () => ({ format: 'rule-save', family: 4 }),
  'rule6-save': () => ({ format: 'rule-save', family: 6 }),
  'route-save': () => ({ format: 'route-save' }),
};

/** `ip rule show` and `ip -6 rule show` of a machine, each under its command. */
function ruleListings(session: Session): string {
  const [v4, v6] = runScript('ip rule show\nip -6 rule show', session).map((r) => r.stdout);
  return `$ ip rule show\n${v4}$ ip -6 rule show\n${v6}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Creates the machine methods (spread into the engine API). */
export function createMachineApi(): MachineApi {
  return {
    machineImport(inputs) {
      return importMachineState(inputs);
    },
    machineDoctor(script) {
      return runDoctor(sessionOf(script));
    },
    machineReach(script, target) {
      try {
        if (target.kind === 'verdict') return verdictClasses(script, target.line);
        const session = sessionOf(script);
        if (target.kind === 'rule')
          return { title: `rule ${target.pref}`, classes: packetClasses(session, target).map(rowOf) };
        const classes = packetClasses(session, { kind: 'table', family: target.family, table: target.table });
        return { title: `table ${target.name || tableName(target.table)}`, classes: classes.map(rowOf) };
      } catch (e) {
        return { title: 'packets', classes: [], error: errorText(e) };
      }
    },
    machineCompare(before, after) {
      const a = sessionOf(before);
      const b = sessionOf(after);
      const rules = { before: ruleListings(a), after: ruleListings(b) };
      // Just kept: nothing differs, and the class walk is the slow part on large scenarios.
      if (before === after) return { diffs: [], classes: [], probes: [], rules };
      try {
        const cmp = compareSessions(a, b, [before, after]);
        return {
          diffs: cmp.diffs,
          classes: cmp.changedClasses.map((c) => ({
            family: c.family,
            text: c.text,
            before: c.before.key,
            after: c.after.key,
            probe: c.probe.join(' '),
            answerBefore: c.probeBefore.answer,
            answerAfter: c.probeAfter.answer,
          })),
          probes: cmp.changedProbes,
          rules,
        };
      } catch (e) {
        return { diffs: [], classes: [], probes: [], rules, error: errorText(e) };
      }
    },
    machineExport(script, kind, netns) {
      const r = exportScenario(sessionOf(script), EXPORTS[kind](netns));
      if (!r.ok) return r;
      return r.bytes ? { ok: true, filename: r.filename, mime: r.mime, bytes: r.bytes } : { ok: true, filename: r.filename, mime: r.mime, text: r.text };
    },
  };
}
