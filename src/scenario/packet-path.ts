/**
 * The packet path: one packet through the netfilter hooks and the routing decision, in the
 * kernel's order, each stage with its typed events.
 *
 * API (for src/classify, the CLI and the app):
 * - `packetPath(session, probe: PathProbe) → PacketPathResult`.
 *   Arriving packets (`probe.iif` set): mangle PREROUTING → nat PREROUTING (DNAT) → input route
 *   lookup (ip_route_input_noref, with the mark) → mangle, filter and nat INPUT (local delivery) or
 *   mangle and filter FORWARD → mangle POSTROUTING → nat POSTROUTING (SNAT/MASQUERADE).
 *   Locally generated packets (no `iif`): output route lookup (ip_route_output_key: the source is
 *   chosen here unless `probe.src` binds one) → mangle OUTPUT → if mark, daddr or tos changed, a
 *   second lookup (ip_route_me_harder) that keeps the source chosen before → nat OUTPUT (DNAT,
 *   which also re-routes) → filter OUTPUT → mangle POSTROUTING → nat POSTROUTING (SNAT/MASQUERADE;
 *   MASQUERADE picks the out device's address as inet_select_addr does).
 * - `PacketPathResult.stages`: in order, `{ kind: 'hook', table, hook, events, verdict }` and
 *   `{ kind: 'route', reason, lookup, changed?, keptSource? }` stages (hooks without events are left
 *   out); `query` is the `ip route get` arguments (one string) of the lookup that decided (dst
 *   first, then `from SRC`, iif/oif, mark, ipproto, sport, dport, tos), `record` what the
 *   simulator's `ip route get QUERY` prints (exactly iproute2's stdout/stderr/status), `trace` its
 *   lookup trace, `mark` the final skb mark, `src`/`dst`/`sport`/`dport` the packet on the wire after
 *   NAT, `outcome` out through a device, local, dropped (table and hook named) or a routing error.
 * - `packetPath(session, probe, { conntrack })`: pass a `Conntrack` (src/netfilter) to make a
 *   sequence of packets share connections (CONNMARK restore, un-NAT of replies).
 * - `explainPacketPath(result)` (explain-packet-path.ts): the path as sentences.
 * Checked against the kernel by test/netfilter/packet-path.test.ts (recorded by record-paths.ts).
 */
import { formatIp, parseIpv4Strict, parseIpv6, type Ip } from '../engine/ip';
import { inetSelectAddr, ipv6DevGetSaddr } from '../engine/source-select';
import type { Session } from '../iproute2/context';
import {
  Conntrack,
  runHook,
  type NfEvent,
  type NfHook,
  type NfPacket,
  type NfTableName,
} from '../netfilter/index';
import type { CommandRecord } from './command-record';
import { newTrace, type LookupTrace } from '../engine/trace';
import { routeLookup, type LookupFields, type RouteLookup } from './packet-path-route';

/** A packet to send through the host. Addresses as text. */
export interface PathProbe {
  family: 4 | 6;
  dst: string;
  /** Arriving packets: the source on the wire. Local packets: a bound source (else the route picks). */
  src?: string;
  /** Set for arriving packets: the link it arrives on. */
  iif?: string;
  /** Local packets: a bound device (SO_BINDTODEVICE), used by every lookup. */
  oif?: string;
  proto?: number;
  sport?: number;
  dport?: number;
  tos?: number;
  /** skb->mark on entry (SO_MARK for local packets). */
  mark?: number;
  uid?: number;
  icmpType?: number;
  icmpCode?: number;
}

/** One stage of the path, in kernel order. */
export type PathStage =
  | {
      kind: 'hook';
      table: NfTableName;
      hook: NfHook;
      events: NfEvent[];
      verdict: 'ACCEPT' | 'DROP';
      markBefore: number;
      markAfter: number;
      /** Source and destination (with ports) after the hook. */
      src: string;
      dst: string;
    }
  | {
      kind: 'route';
      /** output: first lookup of a local packet; reroute: ip_route_me_harder; input: ip_route_input. */
      reason: 'output' | 'reroute' | 'input';
      lookup: RouteLookup;
      /** Why the kernel looked again (reroute): what changed. */
      changed?: string[];
      /** reroute: the source the packet keeps (chosen by the first lookup), when it differs from the new route's. */
      keptSource?: string;
      /** reroute: the source the new route would choose for an unbound socket. */
      routeSource?: string;
    };

/** Everything the packet went through. */
export interface PacketPathResult {
  stages: PathStage[];
  /** The `ip route get` arguments of the lookup that decided (the last one). */
  query: string;
  record: CommandRecord;
  trace: LookupTrace;
  sentences: string[];
  /** skb->mark at the end. */
  mark: number;
  /** Addresses on the wire at the end (after NAT). */
  src: string;
  dst: string;
  /** Ports on the wire at the end (after NAT). */
  sport?: number;
  dport?: number;
  /** Where the packet went: out through a device, delivered locally, dropped by a hook, or a routing error. */
  outcome:
    | { kind: 'out'; dev: string }
    | { kind: 'local' }
    | { kind: 'dropped'; table: NfTableName; hook: NfHook }
    | { kind: 'error' };
}

/** Options of packetPath. */
export interface PacketPathOptions {
  /** Shared across calls so that later packets and replies find their connection. */
  conntrack?: Conntrack;
}

function parseAddr(family: 4 | 6, s: string): Ip | null {
  return family === 4 ? parseIpv4Strict(s) : parseIpv6(s);
}

/** Sends `probe` through `session`'s hooks and routing decisions, in the kernel's order. */
export function packetPath(
  session: Session,
  probe: PathProbe,
  options: PacketPathOptions = {},
): PacketPathResult {
  const nf = session.netfilter;
  const fam = probe.family;
  const zero: Ip = fam === 4 ? 0 : 0n;
  const pkt: NfPacket = {
    family: fam,
    src: probe.src !== undefined ? (parseAddr(fam, probe.src) ?? zero) : zero,
    dst: parseAddr(fam, probe.dst) ?? zero,
    proto: probe.proto ?? 0,
    sport: probe.sport,
    dport: probe.dport,
    iif: probe.iif,
    mark: (probe.mark ?? 0) >>> 0,
    tos: probe.tos,
    icmpType: probe.icmpType,
    icmpCode: probe.icmpCode,
  };
  const env = {
    ct: options.conntrack,
    conn: undefined as ReturnType<Conntrack['track']> | undefined,
    masqueradeSource: (oif: string, dst: Ip) => selectSource(session, oif, dst),
    redirectAddress: (iif: string | undefined) =>
      iif === undefined ? (fam === 4 ? 0x7f000001 : 1n) : selectSource(session, iif, pkt.dst),
  };
  const stages: PathStage[] = [];
  let last: RouteLookup | undefined;
  const hook = (table: NfTableName, h: NfHook): boolean => {
    const events: NfEvent[] = [];
    const markBefore = pkt.mark;
    const verdict = runHook(nf, table, h, pkt, { ...env, events });
    if (events.length > 0 || verdict === 'DROP')
      stages.push({
        kind: 'hook',
        table,
        hook: h,
        events,
        verdict,
        markBefore,
        markAfter: pkt.mark,
        src: show(pkt.src, pkt.sport),
        dst: show(pkt.dst, pkt.dport),
      });
    return verdict === 'ACCEPT';
  };
  const lookup = (
    reason: 'output' | 'reroute' | 'input',
    src: string | undefined,
    oif: string | undefined,
  ): RouteLookup => {
    const l = routeLookup(session, {
      ...fieldsOf(pkt, probe),
      src,
      iif: reason === 'input' ? probe.iif : undefined,
      oif,
    });
    last = l;
    return l;
  };
  const done = (outcome: PacketPathResult['outcome']): PacketPathResult => ({
    stages,
    query: last ? last.query.join(' ') : '',
    record: last?.record ?? { line: 1, command: '', status: 0, stdout: '', stderr: '' },
    trace: last?.trace ?? newTrace(),
    sentences: last?.sentences ?? [],
    mark: pkt.mark,
    src: formatIp(pkt.src),
    dst: formatIp(pkt.dst),
    sport: pkt.sport,
    dport: pkt.dport,
    outcome,
  });
  const drop = (table: NfTableName, h: NfHook) => done({ kind: 'dropped', table, hook: h });

  // nf_conntrack_in at the first hook: the packet carries its connection from then on.
  const enter = () => {
    env.conn = options.conntrack?.track(pkt);
  };
  if (probe.iif !== undefined) {
    enter();
    // Arriving: PREROUTING (mangle, then nat DNAT) before ip_route_input.
    if (!hook('mangle', 'PREROUTING')) return drop('mangle', 'PREROUTING');
    if (!hook('nat', 'PREROUTING')) return drop('nat', 'PREROUTING');
    const r = lookup('input', formatIp(pkt.src), undefined);
    stages.push({ kind: 'route', reason: 'input', lookup: r });
    if (!r.ok) return done({ kind: 'error' });
    if (r.local) {
      if (!hook('mangle', 'INPUT')) return drop('mangle', 'INPUT');
      if (!hook('filter', 'INPUT')) return drop('filter', 'INPUT');
      if (!hook('nat', 'INPUT')) return drop('nat', 'INPUT');
      return done({ kind: 'local' });
    }
    pkt.oif = r.dev;
    if (!hook('mangle', 'FORWARD')) return drop('mangle', 'FORWARD');
    if (!hook('filter', 'FORWARD')) return drop('filter', 'FORWARD');
    return postrouting(hook, drop, done, r.dev ?? '');
  }
  // Locally generated: the socket's lookup picks the route and, unless bound, the source.
  const bound = probe.src;
  const first = lookup('output', bound, probe.oif);
  stages.push({ kind: 'route', reason: 'output', lookup: first });
  if (!first.ok) return done({ kind: 'error' });
  if (first.local && !first.dev) return done({ kind: 'local' });
  const source = bound ?? first.src;
  if (source !== undefined) pkt.src = parseAddr(fam, source) ?? pkt.src;
  pkt.oif = first.dev;
  enter();
  let dev = first.dev ?? '';
  const reroute = (before: { mark: number; dst: Ip; tos?: number }): boolean => {
    const changed: string[] = [];
    if (pkt.mark !== before.mark) changed.push('mark');
    if (pkt.dst !== before.dst) changed.push('daddr');
    if (pkt.tos !== before.tos) changed.push('tos');
    if (changed.length === 0) return true;
    // ip_route_me_harder: the flow keeps the packet's source; only a bound device is kept as oif.
    const r = lookup('reroute', formatIp(pkt.src), probe.oif);
    // What the new route would pick for an unbound socket: shown when the kept source differs.
    const would = r.ok
      ? routeLookup(session, { ...fieldsOf(pkt, probe), src: undefined, oif: probe.oif }).src
      : undefined;
    const kept = would !== undefined && would !== formatIp(pkt.src) ? formatIp(pkt.src) : undefined;
    stages.push({
      kind: 'route',
      reason: 'reroute',
      lookup: r,
      changed,
      keptSource: kept,
      routeSource: would,
    });
    if (!r.ok) return false;
    dev = r.dev ?? dev;
    pkt.oif = dev;
    return true;
  };
  let before = { mark: pkt.mark, dst: pkt.dst, tos: pkt.tos };
  if (!hook('mangle', 'OUTPUT')) return drop('mangle', 'OUTPUT');
  if (!reroute(before)) return done({ kind: 'error' });
  before = { mark: pkt.mark, dst: pkt.dst, tos: pkt.tos };
  if (!hook('nat', 'OUTPUT')) return drop('nat', 'OUTPUT');
  if (!reroute(before)) return done({ kind: 'error' });
  if (!hook('filter', 'OUTPUT')) return drop('filter', 'OUTPUT');
  return postrouting(hook, drop, done, dev);
}

/** The lookup fields of the packet as it is now. */
function fieldsOf(pkt: NfPacket, probe: PathProbe): LookupFields {
  return {
    family: pkt.family,
    dst: formatIp(pkt.dst),
    mark: pkt.mark,
    proto: pkt.proto,
    sport: pkt.sport,
    dport: pkt.dport,
    tos: pkt.tos,
    uid: probe.uid,
  };
}

function postrouting(
  hook: (t: NfTableName, h: NfHook) => boolean,
  drop: (t: NfTableName, h: NfHook) => PacketPathResult,
  done: (o: PacketPathResult['outcome']) => PacketPathResult,
  dev: string,
): PacketPathResult {
  if (!hook('mangle', 'POSTROUTING')) return drop('mangle', 'POSTROUTING');
  if (!hook('nat', 'POSTROUTING')) return drop('nat', 'POSTROUTING');
  return done({ kind: 'out', dev });
}

function show(ip: Ip, port: number | undefined): string {
  const a = formatIp(ip);
  if (port === undefined) return a;
  return typeof ip === 'number' ? `${a}:${port}` : `[${a}]:${port}`;
}

/** inet_select_addr(out, dst, RT_SCOPE_UNIVERSE) / ipv6_dev_get_saddr: MASQUERADE's new source. */
function selectSource(session: Session, dev: string, dst: Ip): Ip | null {
  const ifindex = session.host.ifindexByName(dev);
  if (ifindex === undefined) return null;
  if (typeof dst === 'number') {
    const a = inetSelectAddr(session.host, ifindex, dst, 0);
    return a === 0 ? null : a;
  }
  return ipv6DevGetSaddr(session.host, ifindex, dst) ?? null;
}
