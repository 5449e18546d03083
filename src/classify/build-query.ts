/**
 * A packet as the arguments of `ip route get`: the destination first, then `from` with the
 * packet's source, then every other field the kernel's lookup used, in a fixed order:
 * iif or oif, mark, uid, ipproto, sport, dport, tos.
 */
import type { PacketRecord } from '../capture/types';
import type { PacketDirection } from './types';

/** What besides the packet goes into the query. */
export interface QueryContext {
  readonly direction: PacketDirection;
  /** The scenario link the packet was seen on (undefined: the capture does not say). */
  readonly link: string | undefined;
  /** The fwmark after the marking stage (0: none). */
  readonly mark: number;
  /** The sending socket's uid (NFLOG's NFULA_UID), for output lookups. */
  readonly uid?: number;
}

/** The query text, or why there is none. */
export type QueryResult =
  | { readonly query: string; readonly skipped?: undefined }
  | { readonly query?: undefined; readonly skipped: string };

/**
 * ipproto names `ip route get` accepts: rtm_getroute_parse_ip_proto() takes only TCP, UDP and
 * ICMP (IPv4) or ICMPv6 (IPv6) and refuses the rest with "Unsupported ip proto".
 */
const PROTO4: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };
const PROTO6: Record<number, string> = { 6: 'tcp', 17: 'udp', 58: 'ipv6-icmp' };

/**
 * Builds the `ip route get` arguments for `p`. Ports go in only with their protocol (TCP or
 * UDP: the ones the command can name); a non-first fragment has none (ip_is_fragment()).
 */
export function buildQuery(p: PacketRecord, c: QueryContext): QueryResult {
  if (p.skipped !== undefined) return { skipped: p.skipped };
  if (p.src === undefined || p.dst === undefined)
    return { skipped: `truncated ${p.truncated ?? 'packet'}: no IP addresses` };
  let q = `${p.dst} from ${p.src}`;
  if (c.direction === 'input') q += ` iif ${c.link}`;
  else if (c.link !== undefined && p.family === 6 && needsScope(p.dst)) q += ` oif ${c.link}`;
  if (c.mark) q += ` mark 0x${(c.mark >>> 0).toString(16)}`;
  if (c.direction === 'output' && c.uid !== undefined) q += ` uid ${c.uid}`;
  const name = p.proto === undefined ? undefined : (p.family === 6 ? PROTO6 : PROTO4)[p.proto];
  if (name !== undefined) {
    q += ` ipproto ${name}`;
    if (p.sport !== undefined && (p.proto === 6 || p.proto === 17)) q += ` sport ${p.sport} dport ${p.dport}`;
  }
  // The lookup sees the DSCP only (flowi4_dscp, ip6_dscp()); the ECN bits never route.
  const dscp = (p.tos ?? 0) & 0xfc;
  if (dscp) q += ` tos 0x${dscp.toString(16)}`;
  return { query: q };
}

/**
 * __ipv6_addr_needs_scope_id(): a link-local unicast or an interface/link-scope multicast
 * destination, which a socket can only reach through a named interface (sin6_scope_id).
 */
export function needsScope(dst: string): boolean {
  const d = dst.toLowerCase();
  if (/^fe[89ab]/.test(d)) return true;
  return /^ff[0-9a-f][12]:/.test(d);
}
