import type { Family, Ip, Prefix } from './ip';

/** Link kinds the simulated host can create (`ip link add ... type KIND`). */
export type LinkKind = 'loopback' | 'veth' | 'dummy' | 'bridge' | 'vrf';

/** IPv6 address generation mode of a link (`addrgenmode`). */
export type AddrGenMode = 'eui64' | 'none' | 'stable_secret' | 'random';

/** A network device, as `struct net_device` holds what routing needs of it. */
export interface Link {
  ifindex: number;
  name: string;
  kind: LinkKind;
  /** Administrative state (IFF_UP). */
  up: boolean;
  /** The veth peer's ifindex. */
  peer?: number;
  /** The master device (bridge or vrf) ifindex. */
  master?: number;
  /** Device group (`group`), 0 = "default". */
  group: number;
  mtu: number;
  txqlen: number;
  /** MAC address bytes (6 for ether, all zero for loopback). */
  mac: number[];
  addrgenmode: AddrGenMode;
  /** Table of a vrf device. */
  vrfTable?: number;
  /** Alias (`ip link set DEV alias TEXT`). */
  alias?: string;
}

/** An interface address (`struct in_ifaddr` / `struct inet6_ifaddr`). */
export interface IfAddr {
  family: Family;
  ifindex: number;
  local: Ip;
  /** Peer address for point-to-point style `peer`; the prefix is then the peer's. */
  peer?: Ip;
  prefixLen: number;
  broadcast?: Ip;
  /** Scope number: 0 global, 200 site, 253 link, 254 host. */
  scope: number;
  label?: string;
  secondary: boolean;
  nodad: boolean;
  noprefixroute: boolean;
  /** Route metric of the prefix route (`metric`). */
  metric: number;
  /** IPv6: the address is still doing duplicate address detection. */
  tentative?: boolean;
  /** Lifetimes in seconds; undefined = forever. */
  validLft?: number;
  preferredLft?: number;
  /** Address was added by the kernel (IPv6 link-local) rather than by a user. */
  kernel?: boolean;
}

/** Route types (RTN_*). */
export const RTN = {
  UNSPEC: 0,
  UNICAST: 1,
  LOCAL: 2,
  BROADCAST: 3,
  ANYCAST: 4,
  MULTICAST: 5,
  BLACKHOLE: 6,
  UNREACHABLE: 7,
  PROHIBIT: 8,
  THROW: 9,
  NAT: 10,
  XRESOLVE: 11,
} as const;

/** Route scopes (RT_SCOPE_*). */
export const SCOPE = { UNIVERSE: 0, SITE: 200, LINK: 253, HOST: 254, NOWHERE: 255 } as const;

/** Table ids with names everywhere (RT_TABLE_*). */
export const TABLE = { UNSPEC: 0, COMPAT: 252, DEFAULT: 253, MAIN: 254, LOCAL: 255 } as const;

/** Route protocols (RTPROT_*). */
export const RTPROT = { UNSPEC: 0, REDIRECT: 1, KERNEL: 2, BOOT: 3, STATIC: 4 } as const;

/** A nexthop of a route (`struct fib_nh`). */
export interface Nexthop {
  gateway?: Ip;
  /** Output device ifindex (0 = none). */
  dev: number;
  /** Weight 1..256 (multipath). */
  weight: number;
  onlink: boolean;
  realm?: number;
  /** Set when the device went away or down (RTNH_F_DEAD). */
  dead?: boolean;
  /** fib_nh_scope: link for a gateway found through a connected route, host without gateway. */
  scope?: number;
}

/** A route in a FIB table (`struct fib_alias` + `struct fib_info`, or `struct fib6_info`). */
export interface Route {
  family: Family;
  table: number;
  dst: Ip;
  dstLen: number;
  /** IPv6 source prefix (`from`), for source-specific routes. */
  src?: Prefix;
  tos: number;
  type: number;
  protocol: number;
  scope: number;
  prefsrc?: Ip;
  /** Metric (`metric`/`priority`/`preference`). */
  priority: number;
  nexthops: Nexthop[];
  /** True when given as `nexthop ...` (printed as a multipath list even with one hop). */
  multipath: boolean;
  /** Route metrics: mtu, advmss, ... as [name, value, locked]. */
  metrics: RouteMetric[];
  /** IPv6 router preference: 0 medium, 1 high, 3 low. */
  pref?: number;
  realm?: number;
  /** IPv6 route expiry in seconds, if `expires` was given. */
  expires?: number;
  /** Creation order stamp: ties between otherwise equal routes keep insertion order. */
  seq: number;
}

/** One RTAX metric of a route. */
export interface RouteMetric {
  readonly name: string;
  readonly value: number | string;
  readonly locked: boolean;
}

/** Rule actions (FR_ACT_*). */
export const FR_ACT = {
  UNSPEC: 0,
  TO_TBL: 1,
  GOTO: 2,
  NOP: 3,
  RES3: 4,
  RES4: 5,
  BLACKHOLE: 6,
  UNREACHABLE: 7,
  PROHIBIT: 8,
} as const;

/** A port range selector (FRA_SPORT_RANGE / FRA_DPORT_RANGE). */
export interface PortRange {
  start: number;
  end: number;
}

/** A policy routing rule (`struct fib_rule` with its family part). */
export interface Rule {
  family: Family;
  pref: number;
  /** FR_ACT_* number as sent by iproute2 (10 for `nat`, route type numbers for `type X`). */
  action: number;
  table: number;
  /** Rule flags: 0x2 invert (`not`). */
  invert: boolean;
  src?: Prefix;
  dst?: Prefix;
  /** The dsfield of `tos`/`dsfield` (fib_rule_hdr.tos): IPv4 legacy TOS bits, IPv6 whole DSCP. */
  tos: number;
  /** A `dscp` selector (FRA_DSCP, 6-bit value and mask); excludes `tos`. */
  dscpFull?: { value: number; mask: number };
  iifname?: string;
  oifname?: string;
  mark: number;
  markMask: number;
  tunId?: bigint;
  l3mdev: boolean;
  uidRange?: { start: number; end: number };
  ipproto: number;
  sport?: PortRange;
  dport?: PortRange;
  /** Port masks: 0xffff for a single port (set by the kernel), or FRA_*PORT_MASK. */
  sportMask?: number;
  dportMask?: number;
  flowlabel?: { value: number; mask: number };
  gotoTarget?: number;
  suppressPrefixlen: number;
  suppressIfgroup: number;
  /** Realms (FRA_FLOW): (from << 16) | to. */
  realms: number;
  protocol: number;
  /** For `nat`: the address iproute2 sent (the kernel drops it). */
  natAddr?: Ip;
  /** Creation order stamp. */
  seq: number;
}

/** Per-device and global sysctls that change IPv4/IPv6 routing. */
export interface Ipv4DevConf {
  forwarding: number;
  rp_filter: number;
  accept_local: number;
  src_valid_mark: number;
  route_localnet: number;
  send_redirects: number;
  shared_media: number;
  ignore_routes_with_linkdown: number;
  bc_forwarding: number;
  log_martians: number;
  accept_redirects: number;
  [key: string]: number;
}
