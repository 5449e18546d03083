/**
 * Changing a device (net/core/rtnetlink.c do_setlink) in the kernel's order: address, mtu, group,
 * name, alias, flags (up/down), master, txqlen, then the inet6 addrgenmode.
 */
import { EADDRNOTAVAIL, EEXIST, EINVAL, ENODEV, EOPNOTSUPP, fail, ok, type KResult } from './errors';
import { addrconfIfdown, addrconfMtuChange } from './addrconf-dev';
import { inetDelIfa } from './addrs';
import { fibSyncDownDev } from './fib-ifaddr';
import type { Host } from './host';
import {
  bridgeCarrierCheck,
  brPortStateSelection,
  devClose,
  devCycle,
  devOpen,
  linkwatchFlush,
  portsOf,
} from './link-events';
import { DRIVERS, IFF, linkExtra, setCarrier } from './link-state';
import { setBridgeOptions } from './link-message';
import { devValidName } from './links';
import type { AddrGenMode, Link } from './model';
import type { LinkAttrs, LinkMessage } from './netlink';

/** ELOOP (not in ./errors): "Too many levels of symbolic links". */
const ELOOP = 40;

const GEN_MODES: AddrGenMode[] = ['eui64', 'none', 'stable_secret', 'random'];

/** is_valid_ether_addr(): not multicast, not all zero. */
function validEther(mac: number[]): boolean {
  return mac.length === 6 && (mac[0] & 1) === 0 && mac.some((b) => b !== 0);
}

/**
 * The attributes a new device takes at creation (rtnl_create_link): no notifier runs yet.
 * Validation was done by the caller.
 */
export function applyLinkAttrs(host: Host, dev: Link, a: LinkAttrs): void {
  if (a.address) {
    dev.mac = a.address.slice(0, 6);
    linkExtra(dev).macSet = true;
    // br_dev_newlink: br_stp_change_bridge_id runs the port state selection (no ports: no carrier).
    if (dev.kind === 'bridge') brPortStateSelection(host, dev);
  }
  if (a.mtu !== undefined) dev.mtu = a.mtu;
  if (a.txqlen !== undefined) dev.txqlen = a.txqlen;
  if (a.group !== undefined) dev.group = a.group;
  if (a.ifalias) dev.alias = a.ifalias;
  if (a.addrgenmode !== undefined && GEN_MODES[a.addrgenmode]) dev.addrgenmode = GEN_MODES[a.addrgenmode];
}

const CHANGEABLE =
  IFF.DEBUG | IFF.NOTRAILERS | IFF.NOARP | IFF.DYNAMIC | IFF.MULTICAST | IFF.PORTSEL | IFF.AUTOMEDIA;

/**
 * __dev_change_flags() for everything but IFF_UP: the user-changeable dev->flags bits, and
 * PROMISC/ALLMULTI through gflags with their counters (__dev_set_promiscuity).
 */
function changeFlags(host: Host, dev: Link, msg: LinkMessage): KResult {
  const change = msg.change & ~IFF.UP;
  if (!change) return ok(undefined);
  const x = linkExtra(dev);
  const want = (msg.flags & change) | ((x.devFlags | x.gflags) & ~change);
  x.devFlags = (want & CHANGEABLE) | (x.devFlags & ~CHANGEABLE);
  for (const bit of [IFF.PROMISC, IFF.ALLMULTI]) {
    if (!((want ^ x.gflags) & bit)) continue;
    const inc = want & bit ? 1 : -1;
    x.gflags ^= bit;
    if (bit === IFF.PROMISC) x.promiscuity = Math.max(0, x.promiscuity + inc);
    else x.allmulti = Math.max(0, x.allmulti + inc);
  }
  return ok(undefined);
}

/** rtnl_dev_combine_flags(): the IFF_UP the request asks for, or undefined when untouched. */
function requestedUp(dev: Link, msg: LinkMessage): boolean | undefined {
  if (!msg.flags && !msg.change) return undefined;
  const flags = msg.change ? (msg.flags & msg.change) | ((dev.up ? 1 : 0) & ~msg.change) : msg.flags;
  return (flags & 1) !== 0;
}

/** RTM_NEWLINK on an existing device / RTM_SETLINK (do_setlink). */
export function linkSet(host: Host, msg: LinkMessage): KResult {
  const dev = msg.ifindex
    ? host.link(msg.ifindex)
    : msg.attrs.ifname !== undefined
      ? host.linkByName(msg.attrs.ifname)
      : undefined;
  if (!dev && !msg.ifindex && msg.attrs.ifname === undefined && msg.attrs.group !== undefined) {
    // rtnl_group_changelink(): do_setlink on every device of the group, stopping at an error.
    const group = msg.attrs.group;
    for (const l of [...host.links.values()].filter((x) => x.group === group)) {
      const r = linkSet(host, { ...msg, ifindex: l.ifindex });
      if (!r.ok) return r;
    }
    return ok(undefined);
  }
  if (!dev) return fail(ENODEV);
  const a = msg.attrs;
  const kind = a.linkinfo?.kind;
  // rtnl_newlink: kind-specific data needs the device's own kind (changelink).
  if (kind !== undefined && a.linkinfo?.data && !kind.endsWith('_slave') && kind !== dev.kind)
    return fail(EOPNOTSUPP);
  if (dev.kind === 'bridge' && a.linkinfo?.data) {
    if (a.linkinfo.data.vlan_filtering) return fail(EOPNOTSUPP);
    setBridgeOptions(dev, a.linkinfo.data);
  }
  if (a.address) {
    if (a.address.length < 6) return fail(EINVAL);
    if (!validEther(a.address)) return fail(EADDRNOTAVAIL);
    dev.mac = a.address.slice(0, 6);
    linkExtra(dev).macSet = true;
    if (dev.kind === 'bridge') brPortStateSelection(host, dev); // br_set_mac_address
    if (dev.master !== undefined) bridgeRecalcMac(host, host.link(dev.master));
  }
  if (a.mtu !== undefined && a.mtu !== dev.mtu) {
    const d = DRIVERS[dev.kind];
    if (a.mtu < 0 || (d.minMtu && a.mtu < d.minMtu)) return fail(EINVAL, 'mtu less than device minimum');
    if (d.maxMtu > 0 && a.mtu > d.maxMtu) return fail(EINVAL, 'mtu greater than device maximum');
    dev.mtu = a.mtu;
    mtuChanged(host, dev);
  }
  if (a.group !== undefined) dev.group = a.group;
  if (msg.ifindex && a.ifname !== undefined && a.ifname !== dev.name) {
    const r = renameDevice(host, dev, a.ifname);
    if (!r.ok) return r;
  }
  if (a.ifalias !== undefined) {
    if (a.ifalias === '') delete dev.alias;
    else dev.alias = a.ifalias;
  }
  const r = changeFlags(host, dev, msg);
  if (!r.ok) return r;
  const up = requestedUp(dev, msg);
  if (up === true) devOpen(host, dev);
  if (up === false) devClose(host, dev);
  if (a.master !== undefined) {
    const r = doSetMaster(host, dev, a.master);
    if (!r.ok) return r;
  }
  if (a.carrier !== undefined) {
    // IFLA_CARRIER needs ndo_change_carrier: only dummy has it here.
    if (dev.kind !== 'dummy') return fail(EOPNOTSUPP);
    setCarrier(host, dev, a.carrier !== 0);
    linkwatchFlush(host);
  }
  if (a.txqlen !== undefined) dev.txqlen = a.txqlen;
  if (a.addrgenmode !== undefined) {
    const mode = GEN_MODES[a.addrgenmode];
    if (!mode || mode === 'stable_secret') return fail(EINVAL);
    dev.addrgenmode = mode;
  }
  return ok(undefined);
}

/** dev_change_name(): the new name must be valid and free; sysctl entries move with it. */
function renameDevice(host: Host, dev: Link, name: string): KResult {
  if (!devValidName(name)) return fail(EINVAL);
  if (host.linkByName(name)) return fail(EEXIST);
  host.sysctl.renameDevice(dev.name, name);
  dev.name = name;
  inetdevChangename(host, dev);
  return ok(undefined);
}

/**
 * inetdev_changename(): IPv4 labels follow the new name; the first address takes the name, the
 * others keep their ":suffix" (or get ":N" by position) after it.
 */
function inetdevChangename(host: Host, dev: Link): void {
  let named = 0;
  for (const ifa of host.addrsOf(dev.ifindex, 4)) {
    const old = ifa.label ?? '';
    ifa.label = dev.name;
    if (named++ === 0) continue;
    const colon = old.indexOf(':');
    const dot = colon >= 0 ? old.slice(colon) : `:${named}`;
    ifa.label =
      dot.length + dev.name.length < 16 ? dev.name + dot : dev.name.slice(0, 16 - dot.length - 1) + dot;
  }
}

/** NETDEV_CHANGEMTU: IPv4 goes below 68, IPv6 below 1280; a bridge follows its smallest port. */
function mtuChanged(host: Host, dev: Link): void {
  if (dev.mtu < 68) for (const ifa of host.addrsOf(dev.ifindex, 4).reverse()) inetDelIfa(host, ifa);
  addrconfMtuChange(host, dev);
  if (dev.master !== undefined) bridgeMtuAdjust(host, host.link(dev.master));
}

/** br_mtu_auto_adjust(): a bridge takes the smallest MTU of its ports. */
function bridgeMtuAdjust(host: Host, br: Link | undefined): void {
  if (!br || br.kind !== 'bridge') return;
  const ports = portsOf(host, br);
  if (ports.length) br.mtu = Math.min(...ports.map((p) => p.mtu));
}

/** br_stp_recalculate_bridge_id(): unless set by the user, the bridge MAC is its smallest port MAC. */
function bridgeRecalcMac(host: Host, br: Link | undefined): void {
  if (!br || br.kind !== 'bridge' || linkExtra(br).macSet) return;
  let best: number[] = [0, 0, 0, 0, 0, 0];
  let first = true;
  for (const p of portsOf(host, br)) {
    if (first || compareMac(p.mac, best) < 0) best = p.mac;
    first = false;
  }
  if (compareMac(best, br.mac) === 0) return;
  br.mac = [...best];
  brPortStateSelection(host, br); // br_stp_change_bridge_id
}

function compareMac(a: number[], b: number[]): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * NETDEV_CHANGEUPPER to or from an L3 master: fib_netdev_event flushes every IPv4 route of the
 * device (fib_disable_ip with force), addrconf_ifdown drops its IPv6 state, then the VRF driver
 * cycles the device (cycle_netdev) so its routes come back in the new table.
 */
function l3mdevChangeUpper(host: Host, dev: Link): void {
  fibSyncDownDev(host, dev, true);
  addrconfIfdown(host, dev, false);
  devCycle(host, dev);
}

/** do_set_master(): leave the old master (ndo_del_slave), join the new one (ndo_add_slave). */
export function doSetMaster(host: Host, dev: Link, masterIndex: number): KResult {
  if (dev.master === masterIndex) return ok(undefined);
  if (masterIndex !== 0) {
    const m = host.link(masterIndex);
    if (!m) return fail(EINVAL);
    if (m.kind !== 'bridge' && m.kind !== 'vrf') return fail(EOPNOTSUPP);
    if (m === dev) return fail(EINVAL);
    if (m.kind === 'bridge') {
      if (dev.kind === 'loopback') return fail(EINVAL, 'Can not enslave loopback device');
      if (dev.kind === 'bridge') return fail(ELOOP, 'Can not enslave a bridge to a bridge');
    }
    if (m.kind === 'vrf' && (dev.kind === 'vrf' || dev.kind === 'loopback')) return fail(EINVAL);
  }
  if (dev.master !== undefined) {
    const old = host.link(dev.master);
    delete dev.master;
    if (old?.kind === 'bridge') {
      const x = linkExtra(dev);
      x.promiscuity = Math.max(0, x.promiscuity - 1);
      x.allmulti = Math.max(0, x.allmulti - 1);
      bridgeRecalcMac(host, old);
      brPortStateSelection(host, old); // br_del_if
    } else if (old?.kind === 'vrf') l3mdevChangeUpper(host, dev); // do_vrf_del_slave
  }
  if (masterIndex !== 0) {
    const m = host.link(masterIndex)!;
    dev.master = masterIndex;
    if (m.kind === 'bridge') {
      const x = linkExtra(dev);
      x.promiscuity++;
      x.allmulti++;
      bridgeMtuAdjust(host, m);
      bridgeRecalcMac(host, m);
      bridgeCarrierCheck(host, m);
    } else l3mdevChangeUpper(host, dev); // do_vrf_add_slave
  }
  linkwatchFlush(host);
  return ok(undefined);
}
