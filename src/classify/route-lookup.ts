/**
 * One `ip route get QUERY` run through the simulator's own iproute2 (so the text is exactly the
 * kernel's), with the lookup traced to name the rule, table and verdict that decided it.
 */
import { newTrace, type TraceEvent } from '../engine/trace';
import { CommandOutput, type Session } from '../iproute2/context';
import { ipMain } from '../iproute2/ip-main';
import { Names } from '../iproute2/names';

/** The answer to one query, shared by every packet that asks it. */
export interface LookupAnswer {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Priority of the deciding rule; null when no rule decided (the fast path, or no answer). */
  readonly rule: number | null;
  /** The deciding table's name as `ip route` prints it, when a table decided. */
  readonly table?: string;
  /** "dev X", "local", "broadcast", "multicast", "unreachable", "blackhole", "prohibit", an error. */
  readonly verdict: string;
}

/** RTN_* route types (include/uapi/linux/rtnetlink.h) that end a lookup with an error. */
const ERROR_TYPES: Record<number, string> = { 6: 'blackhole', 7: 'unreachable', 8: 'prohibit' };

/**
 * Runs `ip route get` with `words` in `session` and reads the decision off its trace; `names`
 * (the session's rt_tables, read once by a caller that asks many queries) names the table.
 */
export function lookupRoute(
  session: Session,
  words: string[],
  names = new Names(session.files),
): LookupAnswer {
  const trace = newTrace();
  const out = new CommandOutput();
  session.trace = trace;
  try {
    ipMain(session, ['route', 'get', ...words], out);
  } finally {
    delete session.trace;
  }
  const d = decidingEvent(trace.events);
  let rule: number | null = null;
  let table: string | undefined;
  let errorKind: string | undefined;
  if (d?.kind === 'table-lookup') {
    rule = d.pref >= 0 ? d.pref : null;
    table = names.rttableN2a(d.table);
    if (d.result === 'error' && d.type !== undefined) errorKind = ERROR_TYPES[d.type];
  } else if (d?.kind === 'rule-action') {
    rule = d.pref;
    errorKind = d.action;
  }
  return {
    status: out.status,
    stdout: out.stdout,
    stderr: out.stderr,
    rule,
    ...(table !== undefined ? { table } : {}),
    verdict: verdictOf(out, errorKind),
  };
}

/**
 * The event that decided the main lookup: the last table answer or rule action not undone by a
 * `continue` (miss, throw, suppress). The reverse-path check that follows is not the decision.
 */
export function decidingEvent(
  events: readonly TraceEvent[],
): Extract<TraceEvent, { kind: 'table-lookup' | 'rule-action' }> | undefined {
  let d: Extract<TraceEvent, { kind: 'table-lookup' | 'rule-action' }> | undefined;
  for (const e of events) {
    if (e.kind === 'stage' && e.stage === 'reverse-path') break;
    if (e.kind === 'result') break;
    if (e.kind === 'rule-action') d = e;
    else if (e.kind === 'table-lookup') d = e.result === 'route' || e.result === 'error' ? e : undefined;
    else if (e.kind === 'continue' || e.kind === 'suppress') d = undefined;
  }
  return d;
}

/** The short verdict of an answer: its route type or device, or the error it printed. */
function verdictOf(out: CommandOutput, errorKind: string | undefined): string {
  if (out.status !== 0) {
    if (errorKind) return errorKind;
    const line = out.stderr.split('\n').find((l) => l !== '') ?? `exit ${out.status}`;
    return line.replace(/^RTNETLINK answers: /, '');
  }
  const first = out.stdout.split('\n')[0];
  const type = /^(local|broadcast|multicast|unreachable|blackhole|prohibit|throw) /.exec(first);
  if (type) return type[1];
  const dev = / dev (\S+)/.exec(first);
  return dev ? `dev ${dev[1]}` : first.trim();
}
