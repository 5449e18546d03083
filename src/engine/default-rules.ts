import type { Host } from './host';
import type { Family } from './ip';
import { FR_ACT, RTPROT, TABLE, type Rule } from './model';

/** A rule with every selector unset. */
export function emptyRule(family: Family): Rule {
  return {
    family,
    pref: 0,
    action: FR_ACT.TO_TBL,
    table: 0,
    invert: false,
    tos: 0,
    mark: 0,
    markMask: 0,
    l3mdev: false,
    ipproto: 0,
    suppressPrefixlen: -1,
    suppressIfgroup: -1,
    realms: 0,
    protocol: 0,
    seq: 0,
  };
}

/**
 * The rules a namespace starts with (fib_default_rules_init, fib6_rules_net_init):
 * IPv4 0 local, 32766 main, 32767 default; IPv6 0 local, 32766 main. Protocol kernel.
 */
export function initDefaultRules(host: Host): void {
  const add = (family: Family, pref: number, table: number) =>
    host.rules[family].push({ ...emptyRule(family), pref, table, protocol: RTPROT.KERNEL, seq: host.nextSeq() });
  add(4, 0, TABLE.LOCAL);
  add(4, 32766, TABLE.MAIN);
  add(4, 32767, TABLE.DEFAULT);
  add(6, 0, TABLE.LOCAL);
  add(6, 32766, TABLE.MAIN);
}
