/**
 * Opening and closing devices and the netdevice notifier chain that follows (net/core/dev.c
 * __dev_open/__dev_close, then inetdev_event, fib_netdev_event, addrconf_notify), plus the
 * linkwatch run that turns carrier changes into operstate and NETDEV_CHANGE events.
 */
import { addrconfIfdown, addrconfLinkEvent } from './addrconf-dev';
import { inetInsertIfa } from './addrs';
import { fibNetdevUp, fibSyncDownDev } from './fib-ifaddr';
import type { Host } from './host';
import {
  IF_OPER,
  linkExtra,
  nextLinkwatchEvent,
  operstate,
  refreshOperstate,
  setCarrier,
} from './link-state';
import type { Link } from './model';

/** Ports enslaved to `master`, in ifindex order. */
export function portsOf(host: Host, master: Link): Link[] {
  return [...host.links.values()].filter((l) => l.master === master.ifindex);
}

function operUp(host: Host, l: Link): boolean {
  const op = operstate(host, l);
  return op === IF_OPER.UP || op === IF_OPER.UNKNOWN;
}

/** br_port_state_selection(): the bridge has carrier exactly when some port forwards. */
export function brPortStateSelection(host: Host, br: Link): void {
  if (br.kind !== 'bridge') return;
  const live = br.up && portsOf(host, br).some((p) => p.up && linkExtra(p).carrier && operUp(host, p));
  setCarrier(host, br, live);
}

/** br_port_carrier_check(): a port's carrier change re-runs the selection of a running bridge. */
export function bridgeCarrierCheck(host: Host, br: Link): void {
  if (br.kind !== 'bridge' || !br.up) return;
  brPortStateSelection(host, br);
}

/** dev_open(): IFF_UP, the driver's open (carrier), a qdisc, then the NETDEV_UP notifiers. */
export function devOpen(host: Host, dev: Link): void {
  if (dev.up) return;
  dev.up = true;
  const x = linkExtra(dev);
  x.qdiscAttached = true; // dev_activate: noqueue for IFF_NO_QUEUE drivers
  if (dev.kind === 'veth' && dev.peer !== undefined) {
    const peer = host.link(dev.peer);
    // veth_open: carrier on both ends only when the peer is up too.
    if (peer?.up) {
      setCarrier(host, dev, true);
      setCarrier(host, peer, true);
    }
  }
  if (dev.kind === 'bridge' && portsOf(host, dev).some((p) => p.up && operUp(host, p)))
    bridgeCarrierCheck(host, dev);
  // inetdev_event(NETDEV_UP): loopback gets 127.0.0.1/8 (scope host).
  if (dev.kind === 'loopback') {
    inetInsertIfa(host, {
      family: 4,
      ifindex: dev.ifindex,
      local: 0x7f000001,
      prefixLen: 8,
      scope: 254,
      label: dev.name,
      secondary: false,
      nodad: false,
      noprefixroute: false,
      metric: 0,
    });
  }
  fibNetdevUp(host, dev);
  addrconfLinkEvent(host, dev, 'up');
  if (dev.master !== undefined) {
    const m = host.link(dev.master);
    if (m) bridgeCarrierCheck(host, m);
  }
  linkwatchFlush(host);
}

/** dev_close(): the driver's stop (veth drops both carriers), then NETDEV_DOWN notifiers. */
export function devClose(host: Host, dev: Link): void {
  if (!dev.up) return;
  dev.up = false;
  if (dev.kind === 'veth' && dev.peer !== undefined) {
    const peer = host.link(dev.peer);
    setCarrier(host, dev, false);
    if (peer) setCarrier(host, peer, false);
  }
  // fib_netdev_event(NETDEV_DOWN) -> fib_disable_ip(dev, event, false); addrconf_ifdown.
  fibSyncDownDev(host, dev, false);
  if (dev.kind === 'loopback') {
    // Broadcast routes of lo's addresses are link scope: they go with the rest.
  }
  addrconfIfdown(host, dev, false);
  if (dev.master !== undefined) {
    const m = host.link(dev.master);
    if (m) bridgeCarrierCheck(host, m);
  }
  linkwatchFlush(host);
}

/**
 * Runs queued linkwatch events in order: operstate, then NETDEV_CHANGE for running devices
 * (addrconf configures a device whose link became ready; a bridge re-checks its carrier).
 */
export function linkwatchFlush(host: Host): void {
  for (let dev = nextLinkwatchEvent(host); dev; dev = nextLinkwatchEvent(host)) {
    if (!host.links.has(dev.ifindex)) continue;
    refreshOperstate(host, dev);
    if (!dev.up) continue;
    addrconfLinkEvent(host, dev, 'change');
    if (dev.master !== undefined) {
      const m = host.link(dev.master);
      if (m) bridgeCarrierCheck(host, m);
    }
  }
}

/** dev_close() of a device that is about to be cycled or removed, without a linkwatch run. */
export function devCycle(host: Host, dev: Link): void {
  if (!dev.up) return;
  devClose(host, dev);
  devOpen(host, dev);
}
