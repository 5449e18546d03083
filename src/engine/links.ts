/**
 * Devices over rtnetlink (net/core/rtnetlink.c rtnl_newlink / rtnl_dellink / rtnl_getlink /
 * rtnl_dump_ifinfo) for the kinds the simulator has: loopback, veth (drivers/net/veth.c),
 * bridge, dummy (drivers/net/dummy.c) and vrf (drivers/net/vrf.c).
 */
import { fibDelIfaddr, fibSyncDownDev } from './fib-ifaddr';
import { addrconfIfdown } from './addrconf-dev';
import { removeAddr } from './addrs';
import { EEXIST, EINVAL, ENODEV, EOPNOTSUPP, EPERM, fail, ok, type KResult } from './errors';
import type { Host } from './host';
import { devClose, devOpen, linkwatchFlush } from './link-events';
import { linkMessage, linkMessageInet6, setBridgeOptions, type LinkDumpMessage } from './link-message';
import { applyLinkAttrs, doSetMaster, linkSet } from './link-set';
import { DRIVERS, generateMac, linkExtra, setCarrier } from './link-state';
import type { Link, LinkKind } from './model';
import { NLM_F, type LinkMessage } from './netlink';
import { ruleNew } from './rule-ops';

export { linkSet } from './link-set';
export { linkMessage } from './link-message';

/** Registers `lo` (ifindex 1, down, no addresses) as a new namespace has it (loopback_net_init). */
export function initLoopback(host: Host): void {
  const ifindex = host.nextIfindex++;
  host.links.set(ifindex, {
    ifindex,
    name: 'lo',
    kind: 'loopback',
    up: false,
    group: 0,
    mtu: 65536,
    txqlen: 1000,
    mac: [0, 0, 0, 0, 0, 0],
    addrgenmode: 'eui64',
  });
  host.sysctl.addDevice('lo');
}

const KINDS: Record<string, LinkKind> = { veth: 'veth', bridge: 'bridge', dummy: 'dummy', vrf: 'vrf' };

/** dev_valid_name(): 1..15 bytes, not "." or "..", no '/', ':' or whitespace. */
export function devValidName(name: string): boolean {
  if (name === '' || name === '.' || name === '..') return false;
  if (utf8Len(name) >= 16) return false;
  return !/[/:\s]/.test(name);
}

/** dev_get_valid_name(): a "%d" pattern takes the lowest free number (dev_alloc_name). */
function allocName(host: Host, name: string, taken: Set<string>): KResult<string> {
  if (!name.includes('%')) {
    if (!devValidName(name)) return fail(EINVAL);
    if (host.linkByName(name) || taken.has(name)) return fail(EEXIST);
    return ok(name);
  }
  if (name.split('%').length !== 2 || !name.includes('%d')) return fail(EINVAL);
  for (let i = 0; i < 32768; i++) {
    const n = name.replace('%d', String(i));
    if (!host.linkByName(n) && !taken.has(n)) return devValidName(n) ? ok(n) : fail(EINVAL);
  }
  return fail(EINVAL);
}

/** rtnl_create_link + register_netdevice for one device (no notifiers yet). */
function createDevice(host: Host, kind: LinkKind, name: string, msg: LinkMessage): Link {
  const d = DRIVERS[kind];
  const ifindex = msg.ifindex && !host.links.has(msg.ifindex) ? msg.ifindex : host.nextIfindex;
  if (ifindex >= host.nextIfindex) host.nextIfindex = ifindex + 1;
  const link: Link = {
    ifindex,
    name,
    kind,
    up: false,
    group: 0,
    mtu: d.mtu,
    txqlen: 1000,
    mac: generateMac(ifindex),
    addrgenmode: 'eui64',
  };
  host.links.set(ifindex, link);
  host.sysctl.addDevice(name);
  return link;
}

/**
 * RTM_NEWLINK with NLM_F_CREATE: creates a device (a veth creates its peer first, so the peer
 * gets the lower ifindex), applies the generic attributes, then IFF_UP and master.
 */
export function linkNew(host: Host, msg: LinkMessage, nlflags: number): KResult {
  const name = msg.attrs.ifname;
  // rtnl policy: IFLA_IFNAME is a string of at most IFNAMSIZ - 1 bytes.
  for (const n of [name, msg.attrs.linkinfo?.peer?.attrs.ifname])
    if (n !== undefined && utf8Len(n) > 15) return fail(EINVAL, 'Attribute failed policy validation');
  const existing =
    name !== undefined ? host.linkByName(name) : msg.ifindex ? host.link(msg.ifindex) : undefined;
  if (existing) {
    if (nlflags & NLM_F.EXCL) return fail(EEXIST);
    return linkSet(host, { ...msg, ifindex: existing.ifindex });
  }
  if (!(nlflags & NLM_F.CREATE)) return fail(ENODEV);
  const kindName = msg.attrs.linkinfo?.kind;
  if (kindName === undefined) return fail(EOPNOTSUPP);
  const kind = KINDS[kindName];
  if (!kind) return fail(EOPNOTSUPP, 'Unknown device type');
  let vrfTable: number | undefined;
  if (kind === 'vrf') {
    const t = msg.attrs.linkinfo?.data?.table;
    if (typeof t !== 'number') return fail(EINVAL, 'VRF table id is missing');
    if (t === 0) return fail(EINVAL, 'Invalid VRF table id');
    vrfTable = t;
  }
  const taken = new Set<string>();
  const peerMsg = msg.attrs.linkinfo?.peer;
  let peerName: string | undefined;
  if (kind === 'veth') {
    const r = allocName(host, peerMsg?.attrs.ifname ?? 'veth%d', taken);
    if (!r.ok) return r;
    peerName = r.value;
    taken.add(peerName);
  }
  const own = allocName(host, name ?? `${kindName}%d`, taken);
  if (!own.ok) return own;
  if (msg.attrs.mtu !== undefined) {
    const d = DRIVERS[kind];
    if (d.minMtu && msg.attrs.mtu < d.minMtu) return fail(EINVAL, 'mtu less than device minimum');
    if (d.maxMtu && msg.attrs.mtu > d.maxMtu) return fail(EINVAL, 'mtu greater than device maximum');
  }
  if (msg.attrs.master !== undefined && msg.attrs.master !== 0 && !host.link(msg.attrs.master))
    return fail(EINVAL);
  let peer: Link | undefined;
  if (kind === 'veth' && peerName !== undefined) {
    peer = createDevice(host, 'veth', peerName, peerMsg ?? emptyMessage());
    if (peerMsg) applyLinkAttrs(host, peer, peerMsg.attrs);
  }
  if (kind === 'bridge' && msg.attrs.linkinfo?.data?.vlan_filtering) return fail(EOPNOTSUPP); // no CONFIG_BRIDGE_VLAN_FILTERING on the reference kernel
  const dev = createDevice(host, kind, own.value, msg);
  if (kind === 'bridge' && msg.attrs.linkinfo?.data) setBridgeOptions(dev, msg.attrs.linkinfo.data);
  applyLinkAttrs(host, dev, msg.attrs);
  if (vrfTable !== undefined) {
    dev.vrfTable = vrfTable;
    host.table(4, vrfTable, true);
    host.table(6, vrfTable, true);
    // vrf_add_fib_rules on the first VRF: `1000: from all lookup [l3mdev-table]` for both families.
    if (![...host.links.values()].some((l) => l.kind === 'vrf' && l !== dev))
      for (const family of [2, 10])
        ruleNew(
          host,
          {
            family,
            dstLen: 0,
            srcLen: 0,
            tos: 0,
            table: 0,
            action: 1,
            flags: 0,
            attrs: { l3mdev: 1, priority: 1000 },
          },
          NLM_F.CREATE | NLM_F.EXCL,
        );
  }
  if (peer) {
    peer.peer = dev.ifindex;
    dev.peer = peer.ifindex;
    // veth_newlink: netif_carrier_off on both ends.
    setCarrier(host, peer, false);
    setCarrier(host, dev, false);
    linkwatchFlush(host);
    // rtnl_configure_link(peer, ifmp): the peer's own `up` applies before the device's.
    if (peerMsg && peerMsg.flags & 1) devOpen(host, peer);
  }
  if (msg.flags & msg.change & 1 || (msg.change === 0 && msg.flags & 1))
    linkSet(host, { ...emptyMessage(), ifindex: dev.ifindex, flags: 1, change: 1 });
  if (msg.attrs.master) return doSetMaster(host, dev, msg.attrs.master);
  linkwatchFlush(host);
  return ok(undefined);
}

function utf8Len(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function emptyMessage(): LinkMessage {
  return { family: 0, type: 0, ifindex: 0, flags: 0, change: 0, attrs: {} };
}

/** The device a request names: ifi_index, else IFLA_IFNAME. */
export function linkFromMessage(host: Host, msg: LinkMessage): Link | undefined {
  if (msg.ifindex) return host.link(msg.ifindex);
  if (msg.attrs.ifname !== undefined) return host.linkByName(msg.attrs.ifname);
  return undefined;
}

/** RTM_DELLINK (rtnl_dellink): deletes a device; a veth takes its peer with it. */
export function linkDel(host: Host, msg: LinkMessage): KResult {
  if (!msg.ifindex && msg.attrs.ifname === undefined) {
    if (msg.attrs.group === undefined) return fail(EINVAL);
    // rtnl_group_dellink(): every device of the group must be deletable, then all go.
    const members = [...host.links.values()].filter((l) => l.group === msg.attrs.group);
    if (members.length === 0) return fail(ENODEV);
    if (members.some((l) => l.kind === 'loopback')) return fail(EPERM); // recorded: the group holding lo
    for (const l of members) if (host.links.has(l.ifindex)) linkDel(host, { ...msg, ifindex: l.ifindex });
    return ok(undefined);
  }
  const dev = linkFromMessage(host, msg);
  if (!dev) return fail(ENODEV);
  if (dev.kind === 'loopback') return fail(EOPNOTSUPP);
  const victims = [dev];
  if (dev.peer !== undefined) {
    const p = host.link(dev.peer);
    if (p) victims.push(p);
  }
  for (const v of victims)
    if (v.kind === 'bridge' || v.kind === 'vrf')
      for (const p of host.links.values()) if (p.master === v.ifindex) doSetMaster(host, p, 0);
  for (const v of victims) if (v.master !== undefined) doSetMaster(host, v, 0);
  for (const v of victims) devClose(host, v);
  for (const v of victims) unregister(host, v);
  linkwatchFlush(host);
  return ok(undefined);
}

/** NETDEV_UNREGISTER: addresses and every route through the device go (inetdev_destroy, fib_disable_ip). */
function unregister(host: Host, dev: Link): void {
  for (const a of host.addrsOf(dev.ifindex, 4)) {
    removeAddr(host, a);
    fibDelIfaddr(host, a);
  }
  fibSyncDownDev(host, dev, true, true);
  addrconfIfdown(host, dev, true);
  host.links.delete(dev.ifindex);
  host.sysctl.removeDevice(dev.name);
  for (const l of host.links.values()) if (l.peer === dev.ifindex) delete l.peer;
}

/** RTM_GETLINK for one device (rtnl_getlink): by index or name. */
export function linkGet(host: Host, msg: LinkMessage): KResult<LinkDumpMessage> {
  const dev = linkFromMessage(host, msg);
  if (!dev) return fail(ENODEV);
  return ok(linkMessage(host, dev));
}

/**
 * RTM_GETLINK dump in ifindex order: rtnl_dump_ifinfo for AF_UNSPEC (and AF_INET, which has no
 * handler of its own), inet6_dump_ifinfo's reduced messages for AF_INET6.
 */
export function linkDump(host: Host, family = 0): LinkDumpMessage[] {
  const links = [...host.links.values()].sort((a, b) => a.ifindex - b.ifindex);
  return links.map((l) => (family === 10 ? linkMessageInet6(host, l) : linkMessage(host, l)));
}

/** True when the device has been opened at least once (qdisc noqueue instead of noop). */
export function linkQdisc(link: Link): string {
  return linkExtra(link).qdiscAttached ? 'noqueue' : 'noop';
}
