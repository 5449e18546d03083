/**
 * Interface addresses over rtnetlink: RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR for both families.
 * IPv4 follows net/ipv4/devinet.c (inet_rtm_newaddr, __inet_insert_ifa, inet_rtm_deladdr,
 * __inet_del_ifa with secondary promotion); IPv6 is in ./addrconf.
 */
import { ifaExtraFlags, inet6AddrAdd, inet6AddrDel } from './addrconf';
import { EADDRNOTAVAIL, EEXIST, EINVAL, ENODEV, EOPNOTSUPP, fail, ok, type KResult } from './errors';
import { fibAddIfaddr, fibDelIfaddr, fibSyncDownDev, ifaAddress, ifaMatch } from './fib-ifaddr';
import type { Host } from './host';
import { AF_INET, AF_INET6 } from './ip';
import type { IfAddr } from './model';
import { IFA_F, NLM_F, type AddrMessage } from './netlink';

const INFINITY_LIFE_TIME = 0xffffffff;

/** RTM_NEWADDR (inet_rtm_newaddr / inet6_rtm_newaddr); `nlflags` are the request's NLM_F_* bits. */
export function addrNew(host: Host, msg: AddrMessage, nlflags: number): KResult {
  if (msg.family === AF_INET6) return inet6AddrAdd(host, msg, nlflags);
  if (msg.family !== AF_INET) return fail(EOPNOTSUPP);
  return inetAddrAdd(host, msg, nlflags);
}

/** RTM_DELADDR (inet_rtm_deladdr / inet6_rtm_deladdr). */
export function addrDel(host: Host, msg: AddrMessage): KResult {
  if (msg.family === AF_INET6) return inet6AddrDel(host, msg);
  if (msg.family !== AF_INET) return fail(EOPNOTSUPP);
  return inetAddrDel(host, msg);
}

/**
 * What `ip addr flush` achieves: deletes, one RTM_DELADDR at a time in dump order, every address
 * of `family` (0 = both) on `ifindex` (0 = every device). Returns how many were deleted.
 */
export function addrFlush(host: Host, family: number, ifindex: number): number {
  let n = 0;
  for (const m of addrDump(host, family, ifindex)) {
    const r = addrDel(host, { ...m, attrs: { local: m.attrs.local, address: m.attrs.address } });
    if (r.ok) n++;
  }
  return n;
}

/** RTM_GETADDR dump: addresses by device (ifindex order), IPv4 before IPv6, kernel list order. */
export function addrDump(host: Host, family = 0, ifindex = 0): AddrMessage[] {
  const out: AddrMessage[] = [];
  for (const l of host.links.values()) {
    if (ifindex && l.ifindex !== ifindex) continue;
    for (const fam of [4, 6] as const) {
      if (family && family !== (fam === 4 ? AF_INET : AF_INET6)) continue;
      for (const a of host.addrsOf(l.ifindex, fam)) out.push(addrMessage(host, a));
    }
  }
  return out;
}

/** inet_fill_ifaddr / inet6_fill_ifaddr: one address as the kernel dumps it. */
export function addrMessage(host: Host, a: IfAddr): AddrMessage {
  let flags = 0;
  if (a.secondary) flags |= IFA_F.SECONDARY;
  if (a.nodad) flags |= IFA_F.NODAD;
  if (a.tentative) flags |= IFA_F.TENTATIVE;
  if (a.noprefixroute) flags |= IFA_F.NOPREFIXROUTE;
  if (a.validLft === undefined) flags |= IFA_F.PERMANENT;
  if (a.preferredLft === 0 && a.family === 6) flags |= IFA_F.DEPRECATED;
  flags |= ifaExtraFlags(a);
  const v4 = a.family === 4;
  const msg: AddrMessage = {
    family: v4 ? AF_INET : AF_INET6,
    prefixLen: a.prefixLen,
    flags: flags & 0xff,
    scope: a.scope,
    ifindex: a.ifindex,
    attrs: {},
  };
  if (v4) {
    msg.attrs.address = ifaAddress(a);
    msg.attrs.local = a.local;
    if (a.broadcast !== undefined) msg.attrs.broadcast = a.broadcast;
    msg.attrs.label = a.label ?? host.link(a.ifindex)?.name ?? '';
  } else {
    if (a.peer !== undefined) {
      msg.attrs.local = a.local;
      msg.attrs.address = a.peer;
    } else msg.attrs.address = a.local;
  }
  msg.attrs.cacheinfo = {
    preferred: a.preferredLft ?? INFINITY_LIFE_TIME,
    valid: a.validLft ?? INFINITY_LIFE_TIME,
    cstamp: 0,
    tstamp: 0,
  };
  msg.attrs.flags = flags;
  if (a.metric) msg.attrs.rtPriority = a.metric;
  return msg;
}

/** Lifetimes from IFA_CACHEINFO: undefined = forever (set_ifa_lifetime). */
function lifetimes(msg: AddrMessage): KResult<{ valid?: number; preferred?: number }> {
  const ci = msg.attrs.cacheinfo;
  if (!ci) return ok({});
  if (ci.valid === 0 || ci.preferred > ci.valid) return fail(EINVAL, 'address lifetime invalid');
  return ok({
    valid: ci.valid === INFINITY_LIFE_TIME ? undefined : ci.valid,
    preferred: ci.preferred === INFINITY_LIFE_TIME ? undefined : ci.preferred,
  });
}

/** inet_rtm_newaddr(): validate, then insert or (with NLM_F_REPLACE) update the address. */
function inetAddrAdd(host: Host, msg: AddrMessage, nlflags: number): KResult {
  if (msg.prefixLen > 32 || msg.attrs.local === undefined) return fail(EINVAL);
  const dev = host.link(msg.ifindex);
  if (!dev) return fail(ENODEV);
  const lt = lifetimes(msg);
  if (!lt.ok) return fail(EINVAL, 'ipv4: address lifetime invalid');
  const iflags = msg.attrs.flags ?? msg.flags;
  const local = msg.attrs.local as number;
  const ifa: IfAddr = {
    family: 4,
    ifindex: dev.ifindex,
    local,
    prefixLen: msg.prefixLen,
    scope: msg.scope,
    label: msg.attrs.label ?? dev.name,
    secondary: false,
    nodad: false,
    noprefixroute: (iflags & IFA_F.NOPREFIXROUTE) !== 0,
    metric: msg.attrs.rtPriority ?? 0,
    validLft: lt.value.valid,
    preferredLft: lt.value.preferred,
  };
  const address = (msg.attrs.address as number | undefined) ?? local;
  if (address !== local) ifa.peer = address;
  if (msg.attrs.broadcast !== undefined) ifa.broadcast = msg.attrs.broadcast;
  // find_matching_ifa: same mask, same subnet, same local address.
  const existing = host
    .addrsOf(dev.ifindex, 4)
    .find((a) => a.prefixLen === ifa.prefixLen && ifaMatch(ifaAddress(a), ifa) && a.local === local);
  if (!existing) return inetInsertIfa(host, ifa);
  if (nlflags & NLM_F.EXCL || !(nlflags & NLM_F.REPLACE))
    return fail(EEXIST, 'ipv4: Address already assigned');
  if (existing.metric !== ifa.metric) {
    // fib_modify_prefix_metric: the prefix route is re-added with the new metric.
    fibDelIfaddr(host, existing);
    existing.metric = ifa.metric;
    fibAddIfaddr(host, existing);
  }
  existing.validLft = ifa.validLft;
  existing.preferredLft = ifa.preferredLft;
  return ok(undefined);
}

/** __inet_insert_ifa(): secondary detection, list position, then NETDEV_UP (fib_add_ifaddr). */
export function inetInsertIfa(host: Host, ifa: IfAddr): KResult {
  const list = host.addrsOf(ifa.ifindex, 4);
  let lastPrimary: IfAddr | undefined; // insert after this one (undefined = list head)
  for (const a of list) {
    if (!a.secondary && ifa.scope <= a.scope) lastPrimary = a;
    if (a.prefixLen === ifa.prefixLen && ifaMatch(ifaAddress(a), ifa)) {
      if (a.local === ifa.local) return fail(EEXIST);
      if (a.scope !== ifa.scope) return fail(EINVAL, 'ipv4: Invalid scope value');
      ifa.secondary = true;
    }
  }
  if (ifa.secondary || list.length === 0) {
    placeAfter(host, ifa, list[list.length - 1]);
  } else if (lastPrimary) placeAfter(host, ifa, lastPrimary);
  else host.addrs.splice(host.addrs.indexOf(list[0]), 0, ifa);
  fibAddIfaddr(host, ifa);
  return ok(undefined);
}

/** Puts `ifa` right after `prev` in the host list (or at the end when `prev` is undefined). */
function placeAfter(host: Host, ifa: IfAddr, prev: IfAddr | undefined): void {
  if (!prev) host.addrs.push(ifa);
  else host.addrs.splice(host.addrs.indexOf(prev) + 1, 0, ifa);
}

/** inet_rtm_deladdr(): the first address matching local, label and prefix given is deleted. */
function inetAddrDel(host: Host, msg: AddrMessage): KResult {
  const dev = host.link(msg.ifindex);
  if (!dev) return fail(ENODEV, 'ipv4: Device not found');
  for (const a of host.addrsOf(dev.ifindex, 4)) {
    if (msg.attrs.local !== undefined && a.local !== msg.attrs.local) continue;
    if (msg.attrs.label !== undefined && (a.label ?? dev.name) !== msg.attrs.label) continue;
    if (
      msg.attrs.address !== undefined &&
      (msg.prefixLen !== a.prefixLen || !ifaMatch(msg.attrs.address as number, a))
    )
      continue;
    inetDelIfa(host, a);
    return ok(undefined);
  }
  return fail(EADDRNOTAVAIL, 'ipv4: Address not found');
}

/** __inet_del_ifa() with promote_secondaries: the first secondary of the subnet becomes primary. */
export function inetDelIfa(host: Host, ifa1: IfAddr): void {
  const promoteOn = host.sysctl.ipv4Dev(host.link(ifa1.ifindex)?.name ?? '', 'promote_secondaries') !== 0;
  const list = host.addrsOf(ifa1.ifindex, 4);
  let promote: IfAddr | undefined;
  let lastPrim: IfAddr | undefined = undefined;
  let lastPrimIsHead = true;
  if (!ifa1.secondary) {
    for (const a of list.slice(list.indexOf(ifa1) + 1)) {
      if (!a.secondary && ifa1.scope <= a.scope) {
        lastPrim = a;
        lastPrimIsHead = false;
      }
      if (!a.secondary || a.prefixLen !== ifa1.prefixLen || !ifaMatch(ifaAddress(ifa1), a)) continue;
      if (!promoteOn) {
        removeAddr(host, a);
        fibDelIfaddr(host, a);
      } else {
        promote = a;
        break;
      }
    }
  }
  const same = (a: IfAddr) => a.prefixLen === ifa1.prefixLen && ifaMatch(ifaAddress(ifa1), a);
  if (promote) {
    const cur = host.addrsOf(ifa1.ifindex, 4);
    for (const a of cur.slice(cur.indexOf(promote))) if (same(a)) fibDelIfaddr(host, a, ifa1);
  }
  const pos = host.addrsOf(ifa1.ifindex, 4).indexOf(ifa1);
  removeAddr(host, ifa1);
  fibDelIfaddr(host, ifa1);
  if (host.addrsOf(ifa1.ifindex, 4).length === 0) {
    const dev = host.link(ifa1.ifindex);
    if (dev) fibSyncDownDev(host, dev, true); // last address gone: fib_disable_ip(dev, force)
  }
  if (promote) {
    const cur = host.addrsOf(ifa1.ifindex, 4);
    const nextSec = cur.slice(cur.indexOf(promote) + 1);
    // Move the promoted address after the last primary (the list head when none followed ifa1).
    removeAddr(host, promote);
    promote.secondary = false;
    const now = host.addrsOf(ifa1.ifindex, 4);
    if (!lastPrimIsHead && lastPrim && now.includes(lastPrim)) placeAfter(host, promote, lastPrim);
    else if (pos > 0 && now[pos - 1]) placeAfter(host, promote, now[pos - 1]);
    else if (now.length) host.addrs.splice(host.addrs.indexOf(now[0]), 0, promote);
    else host.addrs.push(promote);
    fibAddIfaddr(host, promote);
    for (const a of nextSec) if (same(a)) fibAddIfaddr(host, a);
  }
}

/** Drops `a` from the host's address list. */
export function removeAddr(host: Host, a: IfAddr): void {
  const i = host.addrs.indexOf(a);
  if (i >= 0) host.addrs.splice(i, 1);
}
