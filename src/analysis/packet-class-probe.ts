/**
 * Probes: the `ip route get` arguments of a packet point, and the policy-routing verdict the
 * engine reached for a probe, read back from its decision trace.
 */
import { strerror } from '../engine/errors';
import type { Host } from '../engine/host';
import { formatIp } from '../engine/ip';
import type { LookupTrace } from '../engine/trace';
import type { Session } from '../iproute2/context';
import { traceRouteGet } from '../scenario/trace-route-get';
import { F, type Box } from './packet-class-space';
import { KIND_OUTPUT, V6_NO_SOURCE } from './packet-class-universe';
import { samplePoint, type PacketPoint } from './packet-class-point';
import { NO_ROUTE, tableLabel, type Verdict } from './packet-class-verdict';

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'ipv6-icmp' };

/** The `ip route get` words asking about the packet `p` (address first, then the fields used). */
export function probeArgs(host: Host, family: 4 | 6, p: PacketPoint): string[] {
  const addr = (x: bigint) => formatIp(family === 4 ? Number(x) : x);
  const dev = (i: bigint) => host.link(Number(i))?.name ?? `if${i}`;
  const args = [addr(p[F.dst])];
  const output = p[F.kind] === BigInt(KIND_OUTPUT);
  const noSource = family === 4 ? p[F.src] === 0n : p[F.src] === V6_NO_SOURCE;
  if (!noSource) args.push('from', addr(p[F.src]));
  if (output) {
    if (p[F.oif] !== 0n) args.push('oif', dev(p[F.oif]));
  } else args.push('iif', dev(p[F.iif]));
  if (p[F.mark] !== 0n) args.push('mark', `0x${p[F.mark].toString(16)}`);
  if (p[F.tos] !== 0n) args.push('tos', `0x${p[F.tos].toString(16).padStart(2, '0')}`);
  // IPv6 input lookups keep the uid route get sends: none is INVALID_UID (0xffffffff).
  if (output ? p[F.uid] !== 0n : family === 6 && p[F.uid] !== 0xffffffffn)
    args.push('uid', p[F.uid].toString());
  const proto = Number(p[F.proto]);
  const defaultProto = family === 4 ? 17 : 0;
  if (proto !== defaultProto) args.push('ipproto', PROTO_NAMES[proto] ?? String(proto));
  if (p[F.sport] !== 0n) args.push('sport', p[F.sport].toString());
  if (p[F.dport] !== 0n) args.push('dport', p[F.dport].toString());
  return args;
}

/** The sample probe of a box: its representative packet and that packet's `ip route get` words. */
export function sampleProbe(host: Host, family: 4 | 6, box: Box): { point: PacketPoint; args: string[] } {
  const point = samplePoint(host, family, box);
  return { point, args: probeArgs(host, family, point) };
}

/**
 * The verdict of the first RPDB lookup in a trace (the forward lookup, not the reverse-path
 * one), or null when the lookup never ran (martian addresses, bad arguments, ...).
 */
export function verdictFromTrace(trace: LookupTrace): Verdict | null {
  let ran = false;
  let pending: Verdict | null = null;
  for (const ev of trace.events) {
    if (ev.kind === 'stage' && ev.stage === 'reverse-path') break;
    if (ev.kind === 'rule' || ev.kind === 'table-missing') ran = true;
    if (ev.kind === 'rule-action')
      return {
        kind: 'rule-error',
        key: `rule ${ev.action} (${strerror(ev.errno)})`,
        action: ev.action,
        errno: ev.errno,
      };
    if (ev.kind === 'suppress') pending = null;
    if (ev.kind !== 'table-lookup') continue;
    ran = true;
    pending = null;
    const chosen = ev.candidates.find((c) => c.outcome === 'chosen');
    if (!chosen) continue;
    const base = {
      table: ev.table,
      route: chosen.route,
      prefix: ev.prefix ?? chosen.prefix,
      prefixLen: ev.prefixLen ?? chosen.len,
      type: ev.type ?? 0,
    };
    if (ev.result === 'error') {
      const errno = ev.errno ?? 0;
      return {
        kind: 'route-error',
        key: `table ${tableLabel(ev.table)}: ${chosen.route} (${strerror(errno)})`,
        ...base,
        errno,
      };
    }
    if (ev.result === 'route')
      pending = { kind: 'route', key: `table ${tableLabel(ev.table)}: ${chosen.route}`, ...base };
  }
  if (pending) return pending;
  return ran ? NO_ROUTE : null;
}

/** What the engine says about one probe: the command's answer and the verdict its trace shows. */
export interface ProbeResult {
  args: string[];
  /** `ip route get` stdout, or its error text. */
  answer: string;
  status: number;
  /** The policy-routing verdict in the trace; null when the lookup did not run. */
  verdict: Verdict | null;
}

/** Runs a probe through the engine (`ip route get ARGS` with the trace on). Leaves the state unchanged. */
export function runProbe(session: Session, args: string[]): ProbeResult {
  const t = traceRouteGet(session, args);
  const answer = (t.record.stdout || t.record.stderr).trimEnd();
  return { args, answer, status: t.record.status, verdict: verdictFromTrace(t.trace) };
}
