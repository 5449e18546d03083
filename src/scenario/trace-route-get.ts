/**
 * One `ip route get` with its decision trace: what `rpdb trace` prints and what the web app
 * animates. Runs the command exactly as a script line would, with the session's trace switched
 * on, then names the rules the trace mentions by their `ip rule show` lines.
 */
import type { LookupTrace } from '../engine/trace';
import { newTrace } from '../engine/trace';
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { ipMain } from '../iproute2/ip-main';
import { Names } from '../iproute2/names';
import type { CommandRecord } from './command-record';
import { explainTrace, type TraceNames } from './explain-trace';

/** The answer of one traced lookup. */
export interface TracedRouteGet {
  /** What `ip route get ARGS` printed (the verdict) and its status. */
  record: CommandRecord;
  trace: LookupTrace;
  /** One sentence per trace event. */
  sentences: string[];
  /** `ip rule show` lines of each family at the time of the lookup. */
  rules: { 4: string[]; 6: string[] };
}

function runIp(session: Session, argv: string[]): CommandOutput {
  const out = new CommandOutput();
  try {
    ipMain(session, argv, out);
  } catch (e) {
    if (e instanceof CommandExit) out.exit(e.status);
    else throw e;
  }
  return out;
}

/** The rule lines `ip [-6] rule show` prints, one per rule in list order. */
export function ruleLines(session: Session, family: 4 | 6): string[] {
  const text = runIp(session, [family === 6 ? '-6' : '-4', 'rule', 'show']).stdout;
  return text.split('\n').filter((l) => l !== '');
}

/** Runs `ip route get ARGS` (args as words, e.g. ['8.8.8.8', 'mark', '1']) with tracing on. */
export function traceRouteGet(session: Session, args: string[]): TracedRouteGet {
  const rules = { 4: ruleLines(session, 4), 6: ruleLines(session, 6) } as const;
  const trace = newTrace();
  session.trace = trace;
  let out: CommandOutput;
  try {
    out = runIp(session, ['route', 'get', ...args]);
  } finally {
    delete session.trace;
  }
  const names: TraceNames = {
    rule: (family, index) => (rules[family][index] ?? `rule #${index + 1}`).replace(/^\d+:\t/, ''),
    table: (id) => tableName(session, id),
  };
  return {
    record: { line: 1, command: `ip route get ${args.join(' ')}`, status: out.status, stdout: out.stdout, stderr: out.stderr },
    trace,
    sentences: explainTrace(trace, names),
    rules: { 4: [...rules[4]], 6: [...rules[6]] },
  };
}

/** A table's name as rt_tables gives it (the number otherwise). */
function tableName(session: Session, id: number): string {
  return new Names(session.files).rttableN2a(id);
}
