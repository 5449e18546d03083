/**
 * What the kernel keeps about a device beyond the routing model's `Link`: the driver's fixed
 * properties (flags, MTU range, queues) and the runtime state that decides carrier, operstate and
 * qdisc. Kept in a side table so `Link` stays the small shared model.
 */
import type { Host } from './host';
import type { Link, LinkKind } from './model';

/** IFF_* device flags (include/uapi/linux/if.h). */
export const IFF = {
  UP: 0x1,
  BROADCAST: 0x2,
  DEBUG: 0x4,
  LOOPBACK: 0x8,
  POINTOPOINT: 0x10,
  NOTRAILERS: 0x20,
  RUNNING: 0x40,
  NOARP: 0x80,
  PROMISC: 0x100,
  ALLMULTI: 0x200,
  MASTER: 0x400,
  SLAVE: 0x800,
  MULTICAST: 0x1000,
  PORTSEL: 0x2000,
  AUTOMEDIA: 0x4000,
  DYNAMIC: 0x8000,
  LOWER_UP: 0x10000,
  DORMANT: 0x20000,
  ECHO: 0x40000,
} as const;

/** IF_OPER_* (RFC 2863 operational states). */
export const IF_OPER = {
  UNKNOWN: 0,
  NOTPRESENT: 1,
  DOWN: 2,
  LOWERLAYERDOWN: 3,
  TESTING: 4,
  DORMANT: 5,
  UP: 6,
} as const;

/** ARPHRD_* link types the simulated devices use. */
export const ARPHRD = { ETHER: 1, LOOPBACK: 772 } as const;

/** Fixed properties a driver's setup function gives a device (dummy_setup, veth_setup, ...). */
export interface DriverInfo {
  /** Static dev->flags (without IFF_UP). */
  flags: number;
  mtu: number;
  minMtu: number;
  maxMtu: number;
  arphrd: number;
  numTxQueues: number;
  tsoMaxSize: number;
}

const ETHER_FLAGS = IFF.BROADCAST | IFF.MULTICAST;

/** Per-kind driver defaults, as recorded with `ip -d link show` on 6.18 (vrf/dummy from source). */
export const DRIVERS: Readonly<Record<LinkKind, DriverInfo>> = {
  loopback: {
    flags: IFF.LOOPBACK,
    mtu: 65536,
    minMtu: 0,
    maxMtu: 0,
    arphrd: ARPHRD.LOOPBACK,
    numTxQueues: 1,
    tsoMaxSize: 524280,
  },
  // veth_setup; queues = num_possible_cpus() of the recording machine (2).
  veth: {
    flags: ETHER_FLAGS,
    mtu: 1500,
    minMtu: 68,
    maxMtu: 65535,
    arphrd: ARPHRD.ETHER,
    numTxQueues: 2,
    tsoMaxSize: 524280,
  },
  // dummy_setup: IFF_NOARP set, IFF_MULTICAST cleared, min/max mtu 0.
  dummy: {
    flags: IFF.BROADCAST | IFF.NOARP,
    mtu: 1500,
    minMtu: 0,
    maxMtu: 0,
    arphrd: ARPHRD.ETHER,
    numTxQueues: 1,
    tsoMaxSize: 524280,
  },
  bridge: {
    flags: ETHER_FLAGS,
    mtu: 1500,
    minMtu: 68,
    maxMtu: 65535,
    arphrd: ARPHRD.ETHER,
    numTxQueues: 1,
    tsoMaxSize: 65536,
  },
  // vrf_dev_init: IFF_MASTER | IFF_NOARP; vrf_setup: mtu = max_mtu = IP6_MAX_MTU, min IPV6_MIN_MTU.
  vrf: {
    flags: IFF.NOARP | IFF.MASTER,
    mtu: 65575,
    minMtu: 1280,
    maxMtu: 65575,
    arphrd: ARPHRD.ETHER,
    numTxQueues: 1,
    tsoMaxSize: 524280,
  },
};

/** Runtime device state the routing model does not carry. */
export interface LinkExtra {
  /** A qdisc was attached by a first open (noop before, noqueue after: IFF_NO_QUEUE drivers). */
  qdiscAttached: boolean;
  /** __LINK_STATE_NOCARRIER cleared. */
  carrier: boolean;
  /** dev->operstate as linkwatch last computed it (UNKNOWN until the first carrier event). */
  operstate: number;
  /** Promiscuity / allmulti counters (a bridge port holds one of each). */
  promiscuity: number;
  allmulti: number;
  /** addr_assign_type == NET_ADDR_SET: the user set the MAC (a bridge then keeps it). */
  macSet: boolean;
  /** IPv6 is configured on the device (addrconf_dev_config ran since the last down). */
  inet6Ready: boolean;
  /** dev->flags bits a user may change (NOARP, MULTICAST, DYNAMIC, NOTRAILERS...), from the driver. */
  devFlags: number;
  /** dev->gflags: PROMISC / ALLMULTI set by the user. */
  gflags: number;
  /** The inet6_dev was destroyed (MTU below 1280): recreated from `default` when usable again. */
  inet6Dead: boolean;
  /** The driver has reported carrier changes, so linkwatch computes the operstate. */
  watched: boolean;
}

const extras = new WeakMap<Link, LinkExtra>();

/** The side state of `link`, created with a new device's values on first use. */
export function linkExtra(link: Link): LinkExtra {
  let x = extras.get(link);
  if (!x) {
    x = {
      qdiscAttached: false,
      carrier: link.kind !== 'veth',
      operstate: link.kind === 'vrf' ? IF_OPER.UP : IF_OPER.UNKNOWN,
      promiscuity: 0,
      allmulti: 0,
      macSet: false,
      inet6Ready: false,
      inet6Dead: false,
      devFlags: DRIVERS[link.kind].flags,
      gflags: 0,
      watched: false,
    };
    extras.set(link, x);
  }
  return x;
}

/** True when the device is administratively up (IFF_UP, netif_running). */
export function linkUp(host: Host, ifindex: number): boolean {
  return host.link(ifindex)?.up ?? false;
}

/** netif_carrier_ok() of a running device: false when down or without carrier. */
export function carrierOk(host: Host, ifindex: number): boolean {
  const l = host.link(ifindex);
  return !!l && l.up && linkExtra(l).carrier;
}

/** default_operstate (net/core/link_watch.c): DOWN, LOWERLAYERDOWN or UP from the carriers. */
function defaultOperstate(host: Host, link: Link): number {
  if (!linkExtra(link).carrier) {
    const iflink = link.peer ?? link.ifindex;
    if (iflink === link.ifindex) return IF_OPER.DOWN;
    const peer = host.link(iflink);
    if (!peer) return IF_OPER.DOWN;
    return linkExtra(peer).carrier ? IF_OPER.DOWN : IF_OPER.LOWERLAYERDOWN;
  }
  return IF_OPER.UP;
}

const pending = new WeakMap<Host, Link[]>();

/** netif_carrier_on/off(): changes the carrier and queues a linkwatch event (linkwatch_fire_event). */
export function setCarrier(host: Host, link: Link, on: boolean): void {
  const x = linkExtra(link);
  if (x.carrier === on && x.watched) return;
  x.carrier = on;
  x.watched = true;
  let q = pending.get(host);
  if (!q) pending.set(host, (q = []));
  if (!q.includes(link)) q.push(link);
}

/** Takes the next queued linkwatch event, in the order the events fired. */
export function nextLinkwatchEvent(host: Host): Link | undefined {
  return pending.get(host)?.shift();
}

/** linkwatch_do_dev() / rfc2863_policy(): recomputes the operstate of a device with an event. */
export function refreshOperstate(host: Host, link: Link): void {
  linkExtra(link).operstate = defaultOperstate(host, link);
}

/** IFLA_OPERSTATE as rtnl_fill_ifinfo reports it: DOWN for a device that is not running. */
export function operstate(host: Host, link: Link): number {
  return link.up ? linkExtra(link).operstate : IF_OPER.DOWN;
}

/** dev_get_flags(): static flags, IFF_UP, and RUNNING/LOWER_UP from operstate and carrier. */
export function linkFlags(host: Host, link: Link): number {
  const x = linkExtra(link);
  let flags = x.devFlags | (x.gflags & (IFF.PROMISC | IFF.ALLMULTI));
  if (link.up) {
    flags |= IFF.UP;
    const op = operstate(host, link);
    if (op === IF_OPER.UP || op === IF_OPER.UNKNOWN) flags |= IFF.RUNNING;
    if (linkExtra(link).carrier) flags |= IFF.LOWER_UP;
  }
  return flags;
}

/** addrconf_link_ready(): the device is up, its operstate UP or UNKNOWN, and a qdisc is attached. */
export function linkReady(host: Host, link: Link): boolean {
  if (!link.up) return false;
  const op = operstate(host, link);
  return op === IF_OPER.UP || op === IF_OPER.UNKNOWN;
}

/** A deterministic, locally administered MAC for a new device (the kernel's is random). */
export function generateMac(ifindex: number): number[] {
  return [0x02, 0x00, 0x00, 0x00, (ifindex >> 8) & 0xff, ifindex & 0xff];
}

/** The FIB table a device's kernel routes go to: its VRF's table, else 0 (l3mdev_fib_table). */
export function l3mdevTable(host: Host, link: Link): number {
  if (link.kind === 'vrf') return link.vrfTable ?? 0;
  if (link.master === undefined) return 0;
  const m = host.link(link.master);
  return m?.kind === 'vrf' ? (m.vrfTable ?? 0) : 0;
}
