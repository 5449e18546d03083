/**
 * The engine's API mirrors rtnetlink: iproute2 (src/iproute2) builds these messages exactly as
 * ip(8) fills its netlink requests, the engine validates and applies them as the kernel does, and
 * dumps come back as messages that the iproute2 formatters print as ip(8) prints them.
 * Attribute names follow the kernel's (FRA_*, RTA_*, IFLA_*, IFA_*), camel-cased.
 */
import type { Ip } from './ip';
import type { PortRange } from './model';

/** Netlink request flags (NLM_F_*). */
export const NLM_F = {
  REQUEST: 0x1,
  MULTI: 0x2,
  ACK: 0x4,
  REPLACE: 0x100,
  EXCL: 0x200,
  CREATE: 0x400,
  APPEND: 0x800,
} as const;

/** fib_rule_hdr flags. */
export const FIB_RULE = {
  PERMANENT: 0x1,
  INVERT: 0x2,
  UNRESOLVED: 0x4,
  IIF_DETACHED: 0x8,
  OIF_DETACHED: 0x10,
  FIND_SADDR: 0x10000,
} as const;

/** RTM_NEWRULE / RTM_DELRULE message: fib_rule_hdr plus FRA_* attributes. */
export interface RuleMessage {
  /** AF_INET (2) or AF_INET6 (10); 0 = unspecified. */
  family: number;
  dstLen: number;
  srcLen: number;
  tos: number;
  /** Header table (u8; 252 RT_TABLE_COMPAT when the id does not fit). */
  table: number;
  action: number;
  flags: number;
  attrs: RuleAttrs;
}

/** FRA_* attributes of a rule message; absent = not sent. */
export interface RuleAttrs {
  dst?: Ip;
  src?: Ip;
  iifname?: string;
  oifname?: string;
  goto?: number;
  priority?: number;
  fwmark?: number;
  fwmask?: number;
  /** Realms (FRA_FLOW). */
  flow?: number;
  tunId?: bigint;
  suppressIfgroup?: number;
  suppressPrefixlen?: number;
  table?: number;
  l3mdev?: number;
  uidRange?: { start: number; end: number };
  protocol?: number;
  ipProto?: number;
  sportRange?: PortRange;
  dportRange?: PortRange;
  dscp?: number;
  dscpMask?: number;
  flowlabel?: number;
  flowlabelMask?: number;
  sportMask?: number;
  dportMask?: number;
}

/** RTM_F_* flags in rtmsg.rtm_flags. */
export const RTM_F = {
  NOTIFY: 0x100,
  CLONED: 0x200,
  EQUALIZE: 0x400,
  PREFIX: 0x800,
  LOOKUP_TABLE: 0x1000,
  FIB_MATCH: 0x2000,
  OFFLOAD: 0x4000,
  TRAP: 0x8000,
  OFFLOAD_FAILED: 0x20000000,
} as const;

/** RTNH_F_* nexthop flags. */
export const RTNH_F = {
  DEAD: 1,
  PERVASIVE: 2,
  ONLINK: 4,
  OFFLOAD: 8,
  LINKDOWN: 16,
  UNRESOLVED: 32,
  TRAP: 64,
} as const;

/** RTCF_* flags of a routing cache entry, shown after `cache` by `ip route get`. */
export const RTCF = {
  DEAD: 0x1,
  ONLINK: 0x4,
  NOTIFY: 0x10000,
  DIRECTDST: 0x20000,
  REDIRECTED: 0x40000,
  TPROXY: 0x80000,
  FAST: 0x200000,
  MASQ: 0x400000,
  SNAT: 0x800000,
  DOREDIRECT: 0x1000000,
  DIRECTSRC: 0x4000000,
  DNAT: 0x8000000,
  BROADCAST: 0x10000000,
  MULTICAST: 0x20000000,
  REJECT: 0x40000000,
  LOCAL: 0x80000000,
} as const;

/** One nexthop inside RTA_MULTIPATH (struct rtnexthop + its attributes). */
export interface NexthopMessage {
  flags: number;
  /** Weight minus one, as on the wire (rtnh_hops). */
  hops: number;
  ifindex: number;
  gateway?: Ip;
  /** RTA_VIA: gateway of another family. */
  via?: Ip;
  flow?: number;
}

/** RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE message: rtmsg plus RTA_* attributes. */
export interface RouteMessage {
  family: number;
  dstLen: number;
  srcLen: number;
  tos: number;
  /** Header table (u8; RT_TABLE_COMPAT 252 when the id does not fit). */
  table: number;
  protocol: number;
  scope: number;
  type: number;
  flags: number;
  attrs: RouteAttrs;
}

/**
 * A struct rtmsg as iproute2 starts a request (its `req` zeroed): every header field 0 but the
 * family, no attributes. Dump and get requests fill in only what they need.
 */
export function zeroRouteMessage(family: number): RouteMessage {
  return { family, dstLen: 0, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0, flags: 0, attrs: {} };
}

/** RTA_* attributes of a route message; absent = not sent. */
export interface RouteAttrs {
  dst?: Ip;
  src?: Ip;
  iif?: number;
  oif?: number;
  gateway?: Ip;
  priority?: number;
  prefsrc?: Ip;
  /** RTA_METRICS as RTAX name → value, with locks. */
  metrics?: { name: string; value: number | string; locked: boolean }[];
  multipath?: NexthopMessage[];
  flow?: number;
  /** Routing cache info (RTA_CACHEINFO): only the fields ip prints. */
  cacheinfo?: { expires: number; error: number; used: number; ts: number; tsage: number; clntref?: number; lastuse?: number };
  table?: number;
  mark?: number;
  via?: Ip;
  newdst?: Ip;
  pref?: number;
  expires?: number;
  uid?: number;
  ipProto?: number;
  sport?: number;
  dport?: number;
  nhId?: number;
  /** IPv4 route get: RTCF_* flags of the cache entry (rtm_flags upper bits are printed from it). */
  rtcfFlags?: number;
  /** FIB_MATCH answers and dumps: which table's entry this is. */
  encap?: string;
  ttlPropagate?: number;
  /** RTA_FLOWLABEL (route get request). */
  flowlabel?: number;
}

/** IFLA_* link message (ifinfomsg + attributes), as `ip link` sends and dumps it. */
export interface LinkMessage {
  family: number;
  type: number;
  ifindex: number;
  flags: number;
  change: number;
  attrs: LinkAttrs;
}

/** IFLA_* attributes of a link message. */
export interface LinkAttrs {
  ifname?: string;
  address?: number[];
  broadcast?: number[];
  mtu?: number;
  link?: number;
  master?: number;
  txqlen?: number;
  operstate?: number;
  linkmode?: number;
  group?: number;
  ifalias?: string;
  qdisc?: string;
  /** IFLA_LINKINFO kind and its data (veth peer, vrf table...). */
  linkinfo?: { kind: string; data?: Record<string, unknown>; peer?: LinkMessage };
  /** IFLA_AF_SPEC inet6 addrgenmode. */
  addrgenmode?: number;
  carrier?: number;
  minMtu?: number;
  maxMtu?: number;
}

/** IFA_* address message (ifaddrmsg + attributes). */
export interface AddrMessage {
  family: number;
  prefixLen: number;
  flags: number;
  scope: number;
  ifindex: number;
  attrs: AddrAttrs;
}

/** IFA_* attributes of an address message. */
export interface AddrAttrs {
  address?: Ip;
  local?: Ip;
  label?: string;
  broadcast?: Ip;
  anycast?: Ip;
  cacheinfo?: { preferred: number; valid: number; cstamp: number; tstamp: number };
  /** IFA_FLAGS (u32). */
  flags?: number;
  rtPriority?: number;
}

/** IFA_F_* address flags. */
export const IFA_F = {
  SECONDARY: 0x01,
  NODAD: 0x02,
  OPTIMISTIC: 0x04,
  DADFAILED: 0x08,
  HOMEADDRESS: 0x10,
  DEPRECATED: 0x20,
  TENTATIVE: 0x40,
  PERMANENT: 0x80,
  MANAGETEMPADDR: 0x100,
  NOPREFIXROUTE: 0x200,
  MCAUTOJOIN: 0x400,
  STABLE_PRIVACY: 0x800,
} as const;
