/** The engine's public API: a simulated host and the rtnetlink-like operations on it. */
import { Host } from './host';
import { initLoopback } from './links';
import { initDefaultRules } from './default-rules';

export { Host } from './host';
export * from './errors';
export * from './ip';
export * from './model';
export * from './netlink';
export { ruleNew, ruleDel, ruleDump } from './rule-ops';
export { routeNew, routeDel, routeDump } from './route-ops';
export { routeGet } from './route-get';

/** A fresh network namespace: `lo` down, default rules, empty tables. */
export function createHost(): Host {
  const host = new Host();
  initLoopback(host);
  initDefaultRules(host);
  return host;
}
export { linkNew, linkDel, linkSet, linkGet, linkDump, linkMessage } from './links';
export { linkSideState } from './link-message';
export type { LinkDetailAttrs, LinkDumpMessage } from './link-message';
export { IFF, IF_OPER, ARPHRD, carrierOk, linkUp, l3mdevTable } from './link-state';
export { addrNew, addrDel, addrFlush, addrDump } from './addrs';
export { addrconfDisableIpv6 } from './addrconf-dev';
export { addrconfForwardChange } from './addrconf-anycast';
export { inetSelectAddr, ipv6DevGetSaddr } from './source-select';
