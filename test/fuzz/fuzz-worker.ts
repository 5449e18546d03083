/**
 * The fuzz worker (a worker thread, loaded through tsx): holds one simulated session, runs the
 * command lines it is sent and checks each (fuzz-checks.ts). Running here lets the test kill a
 * command that hangs instead of hanging with it.
 */
import { parentPort } from 'node:worker_threads';
import { createSession, runScript } from '../../src/scenario/run-script';
import { snapshotSession } from '../../src/scenario/snapshot-session';
import type { Session } from '../../src/iproute2/context';
import { SLOW_COMMAND_MS, recordProblems, scriptRecordProblems, stateProblems } from './fuzz-checks';

/** A request from the test. */
export type WorkerRequest =
  { kind: 'reset'; preamble: string } | { kind: 'line'; line: string } | { kind: 'script'; script: string };

/** The worker's answer: problems found (empty = fine) and the statuses seen. */
export interface WorkerReply {
  problems: string[];
  statuses: number[];
  ms: number;
}

let session: Session = createSession();

function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 6).join('\n') : String(e);
}

function handle(req: WorkerRequest): WorkerReply {
  if (req.kind === 'reset') {
    session = createSession();
    try {
      runScript(req.preamble, session);
      return { problems: [], statuses: [], ms: 0 };
    } catch (e) {
      return { problems: [`the preamble threw: ${describeError(e)}`], statuses: [], ms: 0 };
    }
  }
  if (req.kind === 'script') {
    const t = performance.now();
    try {
      const records = runScript(req.script, createSession());
      const ms = performance.now() - t;
      const problems = scriptRecordProblems(req.script, records);
      return { problems, statuses: records.map((r) => r.status), ms };
    } catch (e) {
      return { problems: [`runScript threw: ${describeError(e)}`], statuses: [], ms: performance.now() - t };
    }
  }
  const before = snapshotSession(session);
  const t = performance.now();
  let records;
  try {
    records = runScript(req.line, session);
  } catch (e) {
    return { problems: [`runScript threw: ${describeError(e)}`], statuses: [], ms: performance.now() - t };
  }
  const ms = performance.now() - t;
  const problems = recordProblems(req.line, records);
  if (ms > SLOW_COMMAND_MS) problems.push(`took ${ms.toFixed(0)} ms (limit ${SLOW_COMMAND_MS} ms)`);
  const statuses = Array.isArray(records) ? records.map((r) => r?.status) : [];
  const failed = Array.isArray(records) ? records.find((r) => r?.status !== 0) : undefined;
  if (failed) problems.push(...stateProblems(req.line, before, snapshotSession(session), failed));
  return { problems, statuses, ms };
}

parentPort?.on('message', (req: WorkerRequest) => parentPort?.postMessage(handle(req)));
