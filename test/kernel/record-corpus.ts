/**
 * Records the kernel corpus (root needed): runs every script of test/kernel/corpus/<topic>/<name>.sh
 * in a fresh network namespace (recorder.ts) and writes <name>.kernel.json =
 * {"kernel": uname -r, "iproute2": ip -V, "records": [...]}.
 *
 *   npm run record                     record scripts whose recording is missing or out of date
 *   npm run record -- --all            record everything again
 *   npm run record -- 'rules-*' x.sh   only these (topic names, corpus ids, paths or globs)
 *   npm run record -- --verify         record again without writing; exit 1 if anything differs
 *                                      (the determinism check)
 *   -j N                               parallel namespaces (default 2)
 *
 * A recording is out of date when it is missing, was made on another kernel/iproute2, or its
 * (line, command) list no longer matches the script's command lines (comment-only edits that keep
 * line numbers do not need a new recording). Orphan .kernel.json files are reported (--prune deletes).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRecord } from '../../src/scenario/command-record';
import { CORPUS_DIR, loadCorpus, type CorpusEntry, type KernelRecording } from './corpus';
import { canRecord, iproute2Version, kernelRelease, recordScript } from './recorder';

const SELF = fileURLToPath(import.meta.url);

interface Job {
  id: string;
  script: string;
}
interface Done {
  id: string;
  records?: CommandRecord[];
  error?: string;
}

if (process.argv.includes('--worker')) {
  process.on('message', (job: Job) => {
    let reply: Done;
    try {
      reply = { id: job.id, records: recordScript(job.script) };
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    }
    process.send?.(reply);
  });
} else {
  void main();
}

/** The command lines the driver runs: (1-based line, text) for non-blank, non-comment lines. */
export function commandLines(script: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  script.split('\n').forEach((l, i) => {
    const t = l.trim();
    if (t === '' || t.startsWith('#')) return;
    out.push([i + 1, l]);
  });
  return out;
}

function upToDate(e: CorpusEntry, kernel: string, iproute2: string): boolean {
  const r = e.recording;
  if (!r || r.kernel !== kernel || r.iproute2 !== iproute2) return false;
  const want = commandLines(e.script);
  if (want.length !== r.records.length) return false;
  return want.every(([line, cmd], i) => r.records[i].line === line && r.records[i].command === cmd);
}

function globToRegExp(g: string): RegExp {
  const s = g
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${s.replace(/\0/g, '.*')}$`);
}

function selects(e: CorpusEntry, pattern: string): boolean {
  const idNoExt = e.id.replace(/\.sh$/, '');
  const abs = resolve(pattern);
  const candidates = [e.id, idNoExt, e.topic, e.scriptPath];
  if (abs === e.scriptPath || abs === e.recordingPath) return true;
  let p = pattern.replace(/^(\.\/)?(test\/kernel\/)?corpus\//, '');
  p = p.replace(/\.kernel\.json$/, '.sh');
  if (p.includes('*') || p.includes('?')) {
    const re = globToRegExp(p);
    return candidates.some((c) => re.test(c));
  }
  return candidates.includes(p) || candidates.includes(p.replace(/\/$/, ''));
}

function stableJson(rec: KernelRecording): string {
  return `${JSON.stringify(rec, null, 2)}\n`;
}

function firstDifference(a: CommandRecord[], b: CommandRecord[]): string {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (JSON.stringify(x) !== JSON.stringify(y))
      return `line ${x?.line ?? y?.line}: ${x?.command ?? y?.command}\n    old: ${JSON.stringify(x)}\n    new: ${JSON.stringify(y)}`;
  }
  return '';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const all = argv.includes('--all');
  const verify = argv.includes('--verify');
  const prune = argv.includes('--prune');
  let jobsN = 2;
  const patterns: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-j') jobsN = Math.max(1, Number(argv[++i]) || 1);
    else if (a.startsWith('-j')) jobsN = Math.max(1, Number(a.slice(2)) || 1);
    else if (!a.startsWith('--')) patterns.push(a);
  }
  if (!canRecord()) {
    console.error('record-corpus: needs root and iproute2 (network namespaces); nothing recorded');
    process.exit(1);
  }
  const kernel = kernelRelease();
  const iproute2 = iproute2Version();
  const entries = loadCorpus();
  const unknown = patterns.filter((p) => !entries.some((e) => selects(e, p)));
  if (unknown.length) {
    console.error(`record-corpus: no script matches ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
    process.exit(1);
  }
  const selected = entries.filter((e) => patterns.length === 0 || patterns.some((p) => selects(e, p)));
  const todo = selected.filter((e) => all || verify || !upToDate(e, kernel, iproute2));
  const orphans: string[] = [];
  for (const topic of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(CORPUS_DIR, topic.name)))
      if (
        f.endsWith('.kernel.json') &&
        !existsSync(join(CORPUS_DIR, topic.name, f.replace(/\.kernel\.json$/, '.sh')))
      )
        orphans.push(join(CORPUS_DIR, topic.name, f));
  }
  for (const o of orphans) {
    console.error(`${prune ? 'deleting' : 'orphan (use --prune to delete)'}: ${relative(process.cwd(), o)}`);
    if (prune) rmSync(o);
  }
  console.log(
    `${kernel}, ${iproute2}: ${selected.length} script(s) selected, ${todo.length} to ${verify ? 'verify' : 'record'}, ${jobsN} in parallel`,
  );
  if (todo.length === 0) return;

  const byId = new Map(todo.map((e) => [e.id, e]));
  const queue = [...todo];
  const failures: string[] = [];
  const differing: string[] = [];
  let done = 0;
  const t0 = Date.now();
  const workers: ChildProcess[] = [];

  await new Promise<void>((resolveAll) => {
    let active = 0;
    const next = (w: ChildProcess): void => {
      const e = queue.shift();
      if (!e) {
        w.disconnect();
        if (--active === 0) resolveAll();
        return;
      }
      w.send({ id: e.id, script: e.script } satisfies Job);
    };
    const n = Math.min(jobsN, todo.length);
    for (let i = 0; i < n; i++) {
      const w = fork(SELF, ['--worker'], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(w);
      active++;
      w.on('message', (d: Done) => {
        const e = byId.get(d.id)!;
        done++;
        if (d.error || !d.records) {
          failures.push(`${e.id}: ${d.error}`);
          console.error(`[${done}/${todo.length}] ${e.id}: FAILED ${d.error}`);
        } else {
          const rec: KernelRecording = { kernel, iproute2, records: d.records };
          if (verify) {
            const old = e.recording;
            if (!old) differing.push(`${e.id}: no committed recording`);
            else if (stableJson(old) !== stableJson(rec))
              differing.push(`${e.id}: ${firstDifference(old.records, rec.records) || 'header differs'}`);
          } else {
            writeFileSync(e.recordingPath, stableJson(rec));
          }
          if (process.stdout.isTTY || done % 20 === 0 || done === todo.length)
            console.log(`[${done}/${todo.length}] ${e.id} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        }
        next(w);
      });
      w.on('exit', (code) => {
        if (code && code !== 0) failures.push(`worker exited with ${code}`);
      });
      next(w);
    }
  });

  if (verify) {
    if (differing.length) {
      console.error(`\n${differing.length} script(s) recorded differently from the committed recording:`);
      for (const d of differing) console.error(`  ${d}`);
    } else console.log(`all ${todo.length} recordings reproduced exactly`);
  }
  if (failures.length) {
    console.error(`\n${failures.length} failure(s):`);
    for (const f of failures) console.error(`  ${f}`);
  }
  if (failures.length || differing.length) process.exit(1);
}
