import { ipv4LookupTables } from './addr-type';
import { EAGAIN, ENETUNREACH, ESRCH } from './errors';
import { fib4TableLookup, fib6TableLookup } from './fib-lookup';
import type { Flow } from './flow';
import type { Host } from './host';
import { TABLE } from './model';
import { fibRulesLookup, type RulesOutcome } from './rules-lookup';
import type { LookupTrace } from './trace';

/** The VRF a device belongs to: itself when it is a vrf, else its vrf master, else 0. */
function l3mdevMasterUpper(host: Host, ifindex: number): number {
  const dev = host.link(ifindex);
  if (!dev) return 0;
  if (dev.kind === 'vrf') return dev.ifindex;
  const m = dev.master !== undefined ? host.link(dev.master) : undefined;
  return m?.kind === 'vrf' ? m.ifindex : 0;
}

/**
 * l3mdev_update_flow: a flow bound to (or arriving on) a VRF or one of its slaves carries the
 * VRF, which `l3mdev` rules use to pick the VRF's table; an oif that is the VRF itself is cleared.
 */
export function l3mdevUpdateFlow(host: Host, flow: Flow): void {
  if (flow.oif) {
    const dev = host.link(flow.oif);
    if (dev) {
      if (!flow.l3mdev) flow.l3mdev = l3mdevMasterUpper(host, flow.oif);
      if (dev.kind === 'vrf') flow.oif = 0;
      return;
    }
  }
  if (flow.iif > 1 && !flow.l3mdev) flow.l3mdev = l3mdevMasterUpper(host, flow.iif);
}

/**
 * fib_lookup (include/net/ip_fib.h): before any custom rule the RPDB is bypassed and main
 * (with local merged in) then default are searched; afterwards fib_rules_lookup decides.
 * "No rule decided" and "no route" both become ENETUNREACH.
 */
export function fibLookup4(host: Host, flow: Flow, trace?: LookupTrace): RulesOutcome {
  if (host.customRules4) {
    l3mdevUpdateFlow(host, flow);
    const out = fibRulesLookup(host, flow, trace);
    return out.err === ESRCH ? { err: ENETUNREACH } : out;
  }
  trace?.events.push({
    kind: 'stage',
    stage: 'fast-path',
    detail: 'no rule was ever added: the kernel skips the rules and searches main (with local merged into it), then default',
  });
  let out = fib4TableLookup(host, ipv4LookupTables(host, TABLE.MAIN)!, flow, trace, -1, TABLE.MAIN);
  // Kernel 6.18 goes on to table default only when main has no answer at all (EAGAIN).
  if (out.err === EAGAIN) {
    const def = host.table(4, TABLE.DEFAULT);
    if (def) out = fib4TableLookup(host, [def], flow, trace, -1);
  }
  if (out.err === EAGAIN) return { err: ENETUNREACH };
  return out;
}

/**
 * fib6_rule_lookup: before any custom IPv6 rule, local then main; afterwards the rules. Every
 * miss ends in the null entry ("Network is unreachable").
 */
/**
 * `noSuppress`: the fib6_lookup flavour (gateway checks) whose suppress rules never fire.
 */
export function fibLookup6(host: Host, flow: Flow, trace?: LookupTrace, noSuppress = false): RulesOutcome {
  if (host.customRules6) {
    l3mdevUpdateFlow(host, flow);
    const out = fibRulesLookup(host, flow, trace, noSuppress);
    return out.err === ESRCH ? { err: ENETUNREACH } : out;
  }
  trace?.events.push({ kind: 'stage', stage: 'fast-path', detail: 'no IPv6 rule was ever added: the kernel searches local, then main' });
  for (const id of [TABLE.LOCAL, TABLE.MAIN]) {
    const table = host.table(6, id);
    if (!table) continue;
    const out = fib6TableLookup(host, table, flow, trace, -1);
    if (out.res && out.err !== EAGAIN) return out;
  }
  return { err: ENETUNREACH };
}

/** The RPDB lookup of the flow's family. */
export function fibLookup(host: Host, flow: Flow, trace?: LookupTrace): RulesOutcome {
  return flow.family === 4 ? fibLookup4(host, flow, trace) : fibLookup6(host, flow, trace);
}
