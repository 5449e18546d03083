/**
 * The routing lookups of the packet path, asked the way a user would: as `ip route get` through
 * the simulator's own iproute2 (so the record is byte for byte what iproute2 prints), with the
 * lookup trace, and the device and source read back from the answer.
 */
import type { LookupTrace } from '../engine/trace';
import type { Session } from '../iproute2/context';
import type { CommandRecord } from './command-record';
import { traceRouteGet } from './trace-route-get';

/** The packet fields a lookup uses (text, as `ip route get` takes them). */
export interface LookupFields {
  family: 4 | 6;
  dst: string;
  src?: string;
  iif?: string;
  oif?: string;
  mark: number;
  proto: number;
  sport?: number;
  dport?: number;
  tos?: number;
  uid?: number;
}

/** One lookup: its `ip route get` arguments, what iproute2 printed, the trace, and the answer. */
export interface RouteLookup {
  query: string[];
  record: CommandRecord;
  trace: LookupTrace;
  sentences: string[];
  /** The device the route leaves through (absent for errors and local delivery). */
  dev?: string;
  /** The source the route chose (`src` in the answer). */
  src?: string;
  /** The answer is local delivery (`local ...`). */
  local: boolean;
  ok: boolean;
}

/** The `ip route get` arguments for `f`: dst first, `from`, iif/oif, mark, ipproto, ports, tos, uid. */
export function lookupQuery(f: LookupFields): string[] {
  const q = [f.dst];
  if (f.src !== undefined) q.push('from', f.src);
  if (f.iif !== undefined) q.push('iif', f.iif);
  if (f.oif !== undefined) q.push('oif', f.oif);
  if (f.mark !== 0) q.push('mark', `0x${f.mark.toString(16)}`);
  if (f.proto !== 0) q.push('ipproto', String(f.proto));
  if (f.sport !== undefined) q.push('sport', String(f.sport));
  if (f.dport !== undefined) q.push('dport', String(f.dport));
  if (f.tos) q.push('tos', `0x${f.tos.toString(16)}`);
  if (f.uid !== undefined && f.iif === undefined) q.push('uid', String(f.uid));
  return q;
}

/** Runs the lookup for `f` with `-4`/`-6` implied by the addresses. */
export function routeLookup(session: Session, f: LookupFields): RouteLookup {
  const query = lookupQuery(f);
  const t = traceRouteGet(session, query);
  const out = t.record.stdout;
  const dev = / dev (\S+)/.exec(out)?.[1];
  const src = / src (\S+)/.exec(out)?.[1];
  return {
    query,
    record: t.record,
    trace: t.trace,
    sentences: t.sentences,
    dev,
    src,
    local: out.startsWith('local '),
    ok: t.record.status === 0,
  };
}
