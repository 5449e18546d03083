/**
 * The doctor's probes: a packet described by the fields `ip route get` takes, turned into its
 * argument list, into the flow key the kernel's first lookup sees, and run through the engine
 * with tracing to get the verdict and the rule that decided it.
 */
import { makeFlow, type Flow } from '../engine/flow';
import { formatIp, type Ip } from '../engine/ip';
import { newTrace, type LookupTrace, type TraceEvent } from '../engine/trace';
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { ipMain } from '../iproute2/ip-main';
import type { Probe } from './doctor-types';

/** A packet as `ip route get` can describe it. */
export interface ProbeSpec {
  family: 4 | 6;
  dst: Ip;
  src?: Ip;
  /** Ingress device: an input (forwarded or delivered) lookup; none = locally generated. */
  iif?: string;
  oif?: string;
  mark?: number;
  uid?: number;
  tos?: number;
  /** 6 tcp, 17 udp, 1 icmp, 58 ipv6-icmp. */
  ipproto?: number;
  sport?: number;
  dport?: number;
}

/** What the engine answered a probe. */
export interface ProbeResult {
  probe: Probe;
  /** First line of what `ip route get` printed (stdout, else stderr). */
  verdict: string;
  status: number;
  /** Priority of the rule whose action or table decided the main lookup, if one did. */
  decidedBy?: number;
  /** Table that answered, when a lookup rule decided. */
  table?: number;
  trace: LookupTrace;
}

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'ipv6-icmp' };

/** The words after `ip route get` for a probe. */
export function probeArgs(p: ProbeSpec): string[] {
  const a = [formatIp(p.dst)];
  if (p.src !== undefined) a.push('from', formatIp(p.src));
  if (p.iif !== undefined) a.push('iif', p.iif);
  if (p.oif !== undefined) a.push('oif', p.oif);
  if (p.mark) a.push('mark', `0x${p.mark.toString(16)}`);
  if (p.uid !== undefined) a.push('uid', String(p.uid));
  if (p.tos) a.push('tos', `0x${p.tos.toString(16)}`);
  if (p.ipproto !== undefined) a.push('ipproto', PROTO_NAMES[p.ipproto] ?? String(p.ipproto));
  if (p.sport !== undefined) a.push('sport', String(p.sport));
  if (p.dport !== undefined) a.push('dport', String(p.dport));
  return a;
}

/**
 * The flow key of the probe's main lookup (ip_route_output_key_hash: iif lo, saddr as given;
 * ip_route_input_slow: oif 0, uid 0). `ip route get` is UDP unless told otherwise (IPv4).
 */
export function probeFlow(session: Session, p: ProbeSpec): Flow {
  const host = session.host;
  const input = p.iif !== undefined;
  const zero = p.family === 4 ? 0 : 0n;
  return makeFlow(p.family, p.dst, {
    saddr: p.src ?? zero,
    hasSaddr: p.src !== undefined,
    iif: input ? (host.ifindexByName(p.iif!) ?? -1) : 1,
    oif: !input && p.oif !== undefined ? (host.ifindexByName(p.oif) ?? -1) : 0,
    mark: p.mark ?? 0,
    uid: input ? 0 : (p.uid ?? 0),
    tos: p.tos ?? 0,
    proto: p.ipproto ?? (p.family === 4 ? 17 : 0),
    sport: p.sport ?? 0,
    dport: p.dport ?? 0,
  });
}

/**
 * The rule that decided the main lookup of a trace (before any reverse-path lookup): the last
 * rule whose action or table lookup ended the walk.
 */
export function decidingRule(trace: LookupTrace): { pref: number; table?: number } | undefined {
  let found: { pref: number; table?: number } | undefined;
  for (const e of trace.events) {
    if (e.kind === 'stage' && e.stage === 'reverse-path') break;
    if (e.kind === 'rule-action') found = { pref: e.pref };
    else if (e.kind === 'table-lookup')
      found = e.result === 'route' || e.result === 'error' ? { pref: e.pref, table: e.table } : undefined;
    else if (e.kind === 'continue' && found?.pref === e.pref) found = undefined;
  }
  return found;
}

/**
 * Runs `ip route get ARGS` with tracing on, as trace-route-get.ts does, without listing the
 * rules first (a doctor run makes many probes).
 */
function tracedGet(session: Session, args: string[]): { out: CommandOutput; trace: LookupTrace } {
  const trace = newTrace();
  const out = new CommandOutput();
  session.trace = trace;
  try {
    ipMain(session, ['route', 'get', ...args], out);
  } catch (e) {
    if (e instanceof CommandExit) out.exit(e.status);
    else throw e;
  } finally {
    delete session.trace;
  }
  return { out, trace };
}

/** Runs a probe through the engine (a traced `ip route get`); the session is not changed. */
export function runProbe(session: Session, p: ProbeSpec): ProbeResult {
  const args = probeArgs(p);
  const { out, trace } = tracedGet(session, args);
  const text = out.stdout !== '' ? out.stdout : out.stderr;
  const d = decidingRule(trace);
  return {
    probe: { family: p.family, args, command: `ip route get ${args.join(' ')}` },
    verdict: text.split('\n')[0] ?? '',
    status: out.status,
    ...(d ? { decidedBy: d.pref, ...(d.table !== undefined ? { table: d.table } : {}) } : {}),
    trace,
  };
}

/** True when the main lookup of a trace tested the rule at `pref` and it matched. */
export function ruleMatchedIn(trace: LookupTrace, pref: number): boolean {
  for (const e of trace.events) {
    if (e.kind === 'stage' && e.stage === 'reverse-path') break;
    if (e.kind === 'rule' && e.pref === pref && e.matched) return true;
  }
  return false;
}

/**
 * The steps right after the main lookup tested the rule at list position `index` (its table
 * lookup, suppression, continue...), up to the next rule tested; empty when it was not reached.
 */
export function stepsOfRule(trace: LookupTrace, family: 4 | 6, index: number): TraceEvent[] {
  const ev = trace.events;
  const at = ev.findIndex((e) => e.kind === 'rule' && e.family === family && e.index === index);
  if (at < 0) return [];
  const next = ev.findIndex(
    (e, i) => i > at && (e.kind === 'rule' || (e.kind === 'stage' && e.stage === 'reverse-path')),
  );
  return ev.slice(at + 1, next < 0 ? ev.length : next);
}

/** True when the probe's reverse-path (rp_filter) check failed. */
export function rpFilterFailed(trace: LookupTrace): boolean {
  return trace.events.some((e) => e.kind === 'check' && e.check === 'rp_filter' && !e.pass);
}
