import { EHOSTUNREACH, EINVAL, ENETUNREACH, fail, ok, type KResult } from './errors';
import type { FibResult } from './fib-lookup';
import { fibLookup4 } from './fib-lookup-entry';
import { makeFlow } from './flow';
import type { Host } from './host';
import { formatIp, isLimitedBroadcast4, isLoopback4, isMulticast4, prefixContains } from './ip';
import { RTN, SCOPE } from './model';
import { RTCF } from './netlink';
import { rulesNeedDissect } from './rules-lookup';
import { classTag, nexthopScope, type Rt4 } from './route-output4';
import type { LookupTrace } from './trace';

/** A packet arriving on `dev`, as inet_rtm_getroute builds it. */
export interface InputPacket {
  dst: number;
  src: number;
  tos: number;
  dev: number;
  mark: number;
  proto: number;
  sport: number;
  dport: number;
}

/**
 * fib_validate_source: reverse-path check of a packet's source. Returns 0 (accepted), 1
 * (accepted, sender directly connected), or -1 (martian source: dropped).
 */
export function fibValidateSource(host: Host, p: InputPacket, oif: number, trace?: LookupTrace): number {
  const dev = host.link(p.dev)!;
  const rpf = host.sysctl.ipv4Dev(dev.name, 'rp_filter');
  const acceptLocal = host.sysctl.ipv4Dev(dev.name, 'accept_local');
  const txRedirects = host.sysctl.ipv4Dev(dev.name, 'forwarding') && host.sysctl.ipv4Dev(dev.name, 'send_redirects');
  const note = (pass: boolean, detail: string) => trace?.events.push({ kind: 'check', check: 'rp_filter', pass, detail, ...(pass ? {} : { errno: EINVAL }) });
  if (!rpf && (dev.ifindex !== oif || !txRedirects)) {
    if (acceptLocal) return 0;
    if (!(host.userLocalRoutes4 || host.customRules4)) {
      const ours = host.addrs.some((a) => a.family === 4 && a.local === p.src);
      if (ours) {
        note(false, `the source ${formatIp(p.src)} is one of this host's own addresses (accept_local is off)`);
        return -1;
      }
      return 0;
    }
  }
  // Full check: a complete RPDB lookup of the reversed flow.
  const fl = makeFlow(4, p.src, {
    saddr: p.dst,
    iif: oif || 1,
    tos: p.tos,
    mark: host.sysctl.ipv4Dev(dev.name, 'src_valid_mark') ? p.mark : 0,
  });
  if (rulesNeedDissect(host, 4)) {
    fl.proto = p.proto;
    fl.sport = p.dport;
    fl.dport = p.sport;
  }
  trace?.events.push({ kind: 'stage', stage: 'reverse-path', detail: `reverse lookup of ${formatIp(p.src)} (rp_filter ${rpf}): would a reply leave through ${dev.name}?` });
  const noAddr = !host.addrs.some((a) => a.family === 4 && a.ifindex === dev.ifindex);
  const out = fibLookup4(host, fl, trace);
  const lastResort = (why: string): number => {
    if (rpf) {
      note(false, why);
      return -1;
    }
    return 0;
  };
  if (out.err) return lastResort(`no route back to ${formatIp(p.src)}`);
  const res = out.res!;
  if (res.type !== RTN.UNICAST) {
    if (res.type !== RTN.LOCAL) {
      note(false, `the route back to ${formatIp(p.src)} is not unicast`);
      return -1;
    }
    if (!acceptLocal) {
      note(false, `${formatIp(p.src)} is a local address and accept_local is off`);
      return -1;
    }
  }
  const usesDev = res.route.nexthops.some((nh) => nh.dev === dev.ifindex) || (res.type === RTN.LOCAL && dev.kind === 'loopback');
  if (usesDev) {
    note(true, `the route back to ${formatIp(p.src)} leaves through ${dev.name}`);
    return nhScope(res) >= SCOPE.HOST ? 1 : 0;
  }
  if (noAddr) return lastResort(`${dev.name} has no IPv4 address`);
  if (rpf === 1) {
    note(false, `strict mode: the route back to ${formatIp(p.src)} does not leave through ${dev.name}`);
    return -1;
  }
  const fl2 = { ...fl, oif: dev.ifindex };
  const again = fibLookup4(host, fl2);
  if (!again.err && again.res && again.res.type === RTN.UNICAST) return nhScope(again.res) >= SCOPE.HOST ? 1 : 0;
  return 0;
}

function nhScope(res: FibResult): number {
  const nh = res.route.nexthops[res.nhIndex];
  if (!nh) return SCOPE.NOWHERE;
  return nh.scope ?? (nh.gateway === undefined ? SCOPE.HOST : SCOPE.LINK);
}

/**
 * ip_route_input_slow (with the multicast branch of ip_route_input_rcu): routing of a packet
 * arriving on a device: martian checks, the RPDB, local delivery or forwarding, source
 * validation. Martians and drops answer EINVAL; failed lookups give an error route.
 */
export function ipv4Input(host: Host, p: InputPacket, trace?: LookupTrace): KResult<Rt4> {
  const dev = host.link(p.dev)!;
  trace?.events.push({ kind: 'stage', stage: 'input', detail: `packet from ${formatIp(p.src)} to ${formatIp(p.dst)} arriving on ${dev.name}` });
  const martian = (what: string) => {
    trace?.events.push({ kind: 'check', check: 'martian', pass: false, detail: what, errno: EINVAL });
    return fail<Rt4>(EINVAL);
  };
  const localnet = host.sysctl.ipv4Dev(dev.name, 'route_localnet');
  if (isMulticast4(p.dst)) {
    const our = p.dst === 0xe0000001 && dev.up;
    if (!our) return martian('multicast destination: not a group this host joined, and no multicast routing');
    if (isMulticast4(p.src) || isLimitedBroadcast4(p.src) || (isLoopback4(p.src) && !localnet)) return martian('invalid source for multicast');
    if (p.src && fibValidateSource(host, p, 0, trace) < 0) return fail(EINVAL);
    return ok({ type: RTN.MULTICAST, flags: (RTCF.MULTICAST | RTCF.LOCAL) >>> 0, dev: 1, saddr: 0, table: 0, tos: 0, metrics: [] });
  }
  if (isMulticast4(p.src) || isLimitedBroadcast4(p.src)) return martian('multicast or broadcast source address');
  const brdInput = (table: number, res?: FibResult): KResult<Rt4> => {
    if (p.src && fibValidateSource(host, { ...p, dst: 0 }, 0, trace) < 0) return fail(EINVAL);
    // The lookup's result (res->fi) stays with the route: fibmatch reports it.
    const rt: Rt4 = { type: RTN.BROADCAST, flags: (RTCF.BROADCAST | RTCF.LOCAL) >>> 0, dev: 1, saddr: 0, table, tos: 0, metrics: [] };
    if (res) rt.res = res;
    return ok(rt);
  };
  if (isLimitedBroadcast4(p.dst) || (p.src === 0 && p.dst === 0)) return brdInput(0);
  if (p.src === 0) return martian('source address 0.0.0.0');
  if (p.dst === 0) return martian('destination address 0.0.0.0');
  if (isLoopback4(p.dst)) {
    if (!localnet) return martian('loopback destination arriving from outside');
  } else if (isLoopback4(p.src) && !localnet) return martian('loopback source arriving from outside');
  const fl = makeFlow(4, p.dst, { saddr: p.src, iif: dev.ifindex, mark: p.mark, tos: p.tos, uid: 0 });
  if (rulesNeedDissect(host, 4)) {
    fl.proto = p.proto;
    fl.sport = p.sport;
    fl.dport = p.dport;
  }
  const forwarding = host.sysctl.ipv4Dev(dev.name, 'forwarding') !== 0;
  const out = fibLookup4(host, fl, trace);
  if (out.err) {
    const err = forwarding ? out.err : EHOSTUNREACH;
    if (!forwarding) trace?.events.push({ kind: 'check', check: 'forwarding', pass: false, detail: `forwarding is off on ${dev.name}: every failed input lookup reports "No route to host"`, errno: EHOSTUNREACH });
    return fail(err);
  }
  const res = out.res!;
  const ruleRealms = out.rule?.realms ?? 0;
  if (res.type === RTN.BROADCAST) {
    if (host.sysctl.ipv4Dev(dev.name, 'bc_forwarding')) return forward(host, p, res, trace, ruleRealms);
    return brdInput(res.table, res);
  }
  if (res.type === RTN.LOCAL) {
    if (fibValidateSource(host, p, 0, trace) < 0) return fail(EINVAL);
    const resDev = res.route.nexthops[res.nhIndex]?.dev;
    const vrf = resDev !== undefined ? host.link(resDev)?.master : undefined;
    return ok({ type: RTN.LOCAL, flags: RTCF.LOCAL >>> 0, dev: vrf !== undefined && host.link(vrf)?.kind === 'vrf' ? vrf : 1, saddr: 0, table: res.table, tos: res.route.tos, metrics: [], res });
  }
  if (!forwarding) {
    trace?.events.push({ kind: 'check', check: 'forwarding', pass: false, detail: `forwarding is off on ${dev.name}`, errno: EHOSTUNREACH });
    return fail(EHOSTUNREACH);
  }
  if (res.type !== RTN.UNICAST) return martian(`a packet to a ${res.type === RTN.ANYCAST ? 'anycast' : 'non-unicast'} route cannot be forwarded`);
  return forward(host, p, res, trace, ruleRealms);
}

/** __mkroute_input: a forwarded packet, after source validation against the out device. */
function forward(host: Host, p: InputPacket, res: FibResult, trace?: LookupTrace, ruleRealms = 0): KResult<Rt4> {
  const nh = res.route.nexthops[res.nhIndex];
  const outDev = nh?.dev ?? 0;
  const v = fibValidateSource(host, p, outDev, trace);
  if (v < 0) return fail(EINVAL);
  const inDev = host.link(p.dev)!;
  let doRedirect = false;
  if (outDev === p.dev && v > 0 && host.sysctl.ipv4Dev(inDev.name, 'forwarding') && host.sysctl.ipv4Dev(inDev.name, 'send_redirects')) {
    const gw = typeof nh?.gateway === 'number' ? nh.gateway : 0;
    if (host.sysctl.ipv4Dev(inDev.name, 'shared_media') || onlink(host, outDev, p.src, gw)) doRedirect = true;
  }
  const rt: Rt4 = { type: res.type, flags: 0, dev: outDev, saddr: 0, table: res.table, tos: res.route.tos, metrics: res.route.metrics, res, doRedirect };
  // rt_set_nexthop: the gateway is used only when the nexthop has link scope.
  if (nh && nh.gateway !== undefined && nexthopScope(host, res) === SCOPE.LINK) rt.gateway = nh.gateway;
  const realm = classTag(nh?.realm ?? 0, ruleRealms);
  if (realm) rt.realm = realm;
  void ENETUNREACH;
  return ok(rt);
}

/** inet_addr_onlink: both addresses inside one subnet of the device. */
function onlink(host: Host, dev: number, a: number, b: number): boolean {
  return host.addrsOf(dev, 4).some((x) => prefixContains(x.local, x.prefixLen, a) && (!b || prefixContains(x.local, x.prefixLen, b)));
}
