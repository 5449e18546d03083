import type { Family, Ip } from './ip';

/**
 * The flow key a lookup sees (`struct flowi4` / `struct flowi6`): what rules and tables test.
 * For output lookups iif is 1 (lo); for input lookups oif is 0 and uid is 0.
 */
export interface Flow {
  family: Family;
  daddr: Ip;
  /** Source address; 0 / 0n when not known yet (output lookups of unbound sockets). */
  saddr: Ip;
  /** IPv6: a source address was given (RT6_LOOKUP_F_HAS_SADDR). */
  hasSaddr: boolean;
  iif: number;
  oif: number;
  mark: number;
  /** The dsfield byte as the lookup carries it (IPv4 flowi4_tos keeps DSCP bits only). */
  tos: number;
  proto: number;
  sport: number;
  dport: number;
  uid: number;
  /** IPv6 flow label (20 bits). */
  flowlabel: number;
  /** IPv4 lookup scope (RT_SCOPE_UNIVERSE for normal lookups). */
  scope: number;
  /** l3mdev (vrf) ifindex the flow is bound to, 0 for none (l3mdev_update_flow). */
  l3mdev: number;
  /**
   * IPv6: the device RT6_LOOKUP_F_IFACE ties the route choice to when it is not `oif` (the
   * ingress device of an input lookup, which ip6_pol_route_input passes as its oif argument
   * while the rules see flowi6_oif 0), else 0.
   */
  strictOif: number;
}

/** A flow with every field zero except the family and destination. */
export function makeFlow(family: Family, daddr: Ip, patch: Partial<Flow> = {}): Flow {
  return {
    family,
    daddr,
    saddr: family === 4 ? 0 : 0n,
    hasSaddr: false,
    iif: 0,
    oif: 0,
    mark: 0,
    tos: 0,
    proto: 0,
    sport: 0,
    dport: 0,
    uid: 0,
    flowlabel: 0,
    scope: 0,
    l3mdev: 0,
    strictOif: 0,
    ...patch,
  };
}
