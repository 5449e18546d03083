/**
 * The kernel corpus: scripts under test/kernel/corpus/<topic>/<name>.sh and what Linux printed for
 * them (<name>.kernel.json, written by record-corpus.ts as root). This module loads them and compares
 * the kernel's records with the simulator's; corpus.test.ts and corpus-report.ts both use it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRecord } from '../../src/scenario/command-record';

/** Directory holding the topic folders. */
export const CORPUS_DIR = fileURLToPath(new URL('./corpus', import.meta.url));
/** Known, explained differences between the simulator and the kernel. */
export const EXCEPTIONS_FILE = fileURLToPath(new URL('./exceptions.json', import.meta.url));

/** Content of a `<name>.kernel.json` file. */
export interface KernelRecording {
  kernel: string;
  iproute2: string;
  records: CommandRecord[];
}

/** One corpus script and (if recorded) the kernel's answer. */
export interface CorpusEntry {
  /** Path relative to the corpus directory, e.g. `rules-prefs/auto-pref.sh`. */
  id: string;
  topic: string;
  /** Absolute path of the .sh file. */
  scriptPath: string;
  /** Absolute path of the .kernel.json file. */
  recordingPath: string;
  script: string;
  recording: KernelRecording | null;
}

/** One known difference: the record of `script` (corpus-relative .sh path) at `line`. */
export interface CorpusException {
  script: string;
  line: number;
  reason: string;
}

/** The .kernel.json path that belongs to a script path. */
export function recordingPathFor(scriptPath: string): string {
  return scriptPath.replace(/\.sh$/, '.kernel.json');
}

/** Every corpus script (sorted by id), with its recording when present. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusEntry[] {
  if (!existsSync(dir)) return [];
  const out: CorpusEntry[] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(dir, topic.name))) {
      if (!f.endsWith('.sh')) continue;
      const scriptPath = join(dir, topic.name, f);
      const recordingPath = recordingPathFor(scriptPath);
      out.push({
        id: relative(dir, scriptPath).split('\\').join('/'),
        topic: topic.name,
        scriptPath,
        recordingPath,
        script: readFileSync(scriptPath, 'utf8'),
        recording: existsSync(recordingPath)
          ? (JSON.parse(readFileSync(recordingPath, 'utf8')) as KernelRecording)
          : null,
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The exception list (empty if the file is missing). */
export function loadExceptions(file: string = EXCEPTIONS_FILE): CorpusException[] {
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusException[];
}

/** Normalises an exception's script name (accepts `topic/name`, `topic/name.sh`, with or without `corpus/`). */
export function exceptionScriptId(script: string): string {
  let s = script.replace(/^(test\/kernel\/)?corpus\//, '');
  if (!s.endsWith('.sh')) s += '.sh';
  return s;
}

/** A kernel record and what the simulator printed for the same line (null: no record there). */
export interface RecordComparison {
  line: number;
  command: string;
  kernel: CommandRecord | null;
  sim: CommandRecord | null;
  agree: boolean;
}

function sameRecord(a: CommandRecord | null, b: CommandRecord | null): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && a.stdout === b.stdout && a.stderr === b.stderr;
}

/**
 * Pairs kernel and simulator records by line number. Every kernel record is compared; a simulator
 * record on a line the kernel did not record (it should not exist) counts as a difference too.
 */
export function compareRecords(kernel: CommandRecord[], sim: CommandRecord[]): RecordComparison[] {
  const simByLine = new Map<number, CommandRecord>();
  for (const r of sim) if (!simByLine.has(r.line)) simByLine.set(r.line, r);
  const out: RecordComparison[] = [];
  const seen = new Set<number>();
  for (const k of kernel) {
    seen.add(k.line);
    const s = simByLine.get(k.line) ?? null;
    out.push({ line: k.line, command: k.command, kernel: k, sim: s, agree: sameRecord(k, s) });
  }
  for (const s of sim) {
    if (seen.has(s.line)) continue;
    seen.add(s.line);
    out.push({ line: s.line, command: s.command, kernel: null, sim: s, agree: false });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Runs `run` (the simulator's runScript) and turns a thrown error into a record on line 0. */
export function simulate(run: (text: string) => CommandRecord[], script: string): CommandRecord[] {
  try {
    return run(script);
  } catch (e) {
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return [{ line: 0, command: '<runScript threw>', status: -1, stdout: '', stderr: `${msg}\n` }];
  }
}

function quote(s: string): string {
  if (s === '') return '    (empty)';
  return (
    s
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => `    |${l.replace(/\t/g, '\\t')}${l.endsWith(' ') ? '⏎' : ''}`)
      .join('\n') + (s.endsWith('\n') ? '' : '\n    (no newline at end)')
  );
}

function lineDiff(kernel: string, sim: string): string {
  const k = kernel.replace(/\n$/, '').split('\n');
  const s = sim.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  const n = Math.max(k.length, s.length);
  for (let i = 0; i < n; i++) {
    if (k[i] === s[i]) continue;
    if (k[i] !== undefined) out.push(`    - ${JSON.stringify(k[i])}`);
    if (s[i] !== undefined) out.push(`    + ${JSON.stringify(s[i])}`);
  }
  return out.join('\n');
}

/** A readable account of one differing record (kernel = expected, simulator = actual). */
export function describeDifference(c: RecordComparison): string {
  const head = `line ${c.line}: ${c.command}`;
  if (!c.kernel) return `${head}\n  simulator produced a record for a line the kernel did not run`;
  if (!c.sim) return `${head}\n  simulator produced no record (kernel: status ${c.kernel.status})`;
  const parts = [head];
  if (c.kernel.status !== c.sim.status)
    parts.push(`  status: kernel ${c.kernel.status}, simulator ${c.sim.status}`);
  for (const stream of ['stdout', 'stderr'] as const) {
    const k = c.kernel[stream];
    const s = c.sim[stream];
    if (k === s) continue;
    parts.push(`  ${stream} (kernel):\n${quote(k)}`);
    parts.push(`  ${stream} (simulator):\n${quote(s)}`);
    parts.push(`  ${stream} line diff (- kernel, + simulator):\n${lineDiff(k, s)}`);
  }
  return parts.join('\n');
}

/** Agreement figures: records that agree out of all compared, overall and per topic. */
export interface Agreement {
  scripts: number;
  scriptsAgreeing: number;
  records: number;
  agreeing: number;
}

/**
 * Computes agreement over the recorded corpus: every kernel record of every recorded script is
 * compared with the simulator's output for the same script. Returns per-topic figures and a total.
 */
export function computeAgreement(
  run: (text: string) => CommandRecord[],
  entries: CorpusEntry[] = loadCorpus(),
): { total: Agreement; byTopic: Map<string, Agreement> } {
  const total: Agreement = { scripts: 0, scriptsAgreeing: 0, records: 0, agreeing: 0 };
  const byTopic = new Map<string, Agreement>();
  for (const e of entries) {
    if (!e.recording) continue;
    const cmp = compareRecords(e.recording.records, simulate(run, e.script));
    const ok = cmp.filter((c) => c.agree && c.kernel).length;
    const n = e.recording.records.length;
    let t = byTopic.get(e.topic);
    if (!t) byTopic.set(e.topic, (t = { scripts: 0, scriptsAgreeing: 0, records: 0, agreeing: 0 }));
    const allAgree = cmp.every((c) => c.agree);
    for (const a of [t, total]) {
      a.scripts++;
      a.records += n;
      a.agreeing += ok;
      if (allAgree) a.scriptsAgreeing++;
    }
  }
  return { total, byTopic };
}
