/**
 * A device as rtnl_fill_ifinfo dumps it. The shared LinkAttrs carry what routing needs; the
 * detail attributes `ip -d link` prints (promiscuity, queues, GSO/TSO limits, bridge data) ride
 * along in LinkDetailAttrs.
 */
import type { Host } from './host';
import { DRIVERS, linkExtra, linkFlags, operstate } from './link-state';
import type { Link } from './model';
import type { LinkAttrs, LinkMessage } from './netlink';
import { portsOf } from './link-events';

/** IFLA_* attributes beyond LinkAttrs that `ip -d link show` prints. */
export interface LinkDetailAttrs extends LinkAttrs {
  promiscuity: number;
  allmulti: number;
  numTxQueues: number;
  numRxQueues: number;
  gsoMaxSize: number;
  gsoMaxSegs: number;
  tsoMaxSize: number;
  tsoMaxSegs: number;
  groMaxSize: number;
  /** IFLA_LINKINFO slave kind and data (a bridge port's `bridge_slave` block). */
  slaveKind?: string;
  slaveData?: Record<string, unknown>;
}

/** A dumped link message whose attributes include the detail attributes. */
export interface LinkDumpMessage extends LinkMessage {
  attrs: LinkDetailAttrs;
}

/**
 * inet6_fill_ifinfo(): what an AF_INET6 RTM_GETLINK dump returns for a device (served by
 * addrconf, not by rtnl_fill_ifinfo): name, address, MTU, link, operstate and the inet6 info only.
 * The detail fields are absent (undefined).
 */
export function linkMessageInet6(host: Host, link: Link): LinkDumpMessage {
  const full = linkMessage(host, link);
  const a = full.attrs;
  const attrs = { ifname: a.ifname, mtu: a.mtu, operstate: a.operstate } as LinkDetailAttrs;
  attrs.address = a.address;
  if (a.link !== undefined) attrs.link = a.link;
  // iproute2 still prints qlen: print_queuelen falls back to the SIOCGIFTXQLEN ioctl.
  attrs.txqlen = a.txqlen;
  return { ...full, family: 10, attrs };
}

/** IN6_ADDR_GEN_MODE_* numbers. */
export const ADDR_GEN_MODE = { eui64: 0, none: 1, stable_secret: 2, random: 3 } as const;

function macId(mac: number[]): string {
  return mac.map((b) => b.toString(16)).join(':');
}

/** rtnl_fill_ifinfo(): the RTM_NEWLINK message the kernel dumps for `link`. */
export function linkMessage(host: Host, link: Link): LinkDumpMessage {
  const d = DRIVERS[link.kind];
  const x = linkExtra(link);
  const ether = link.kind !== 'loopback';
  const attrs: LinkDetailAttrs = {
    ifname: link.name,
    txqlen: link.txqlen,
    operstate: operstate(host, link),
    linkmode: 0,
    mtu: link.mtu,
    minMtu: d.minMtu,
    maxMtu: d.maxMtu,
    group: link.group,
    promiscuity: x.promiscuity,
    allmulti: x.allmulti,
    numTxQueues: d.numTxQueues,
    numRxQueues: d.numTxQueues,
    gsoMaxSize: 65536,
    gsoMaxSegs: 65535,
    tsoMaxSize: d.tsoMaxSize,
    tsoMaxSegs: 65535,
    groMaxSize: 65536,
    carrier: x.carrier ? 1 : 0,
    qdisc: x.qdiscAttached ? 'noqueue' : 'noop',
    address: [...link.mac],
    broadcast: ether ? [255, 255, 255, 255, 255, 255] : [0, 0, 0, 0, 0, 0],
    addrgenmode: ADDR_GEN_MODE[link.addrgenmode],
  };
  if (link.peer !== undefined) attrs.link = link.peer;
  if (link.master !== undefined) attrs.master = link.master;
  if (link.alias !== undefined) attrs.ifalias = link.alias;
  if (link.kind === 'veth' || link.kind === 'dummy') attrs.linkinfo = { kind: link.kind };
  if (link.kind === 'vrf') attrs.linkinfo = { kind: 'vrf', data: { table: link.vrfTable ?? 0 } };
  if (link.kind === 'bridge') attrs.linkinfo = { kind: 'bridge', data: bridgeData(host, link) };
  const m = link.master !== undefined ? host.link(link.master) : undefined;
  if (m?.kind === 'bridge') {
    attrs.slaveKind = 'bridge_slave';
    attrs.slaveData = bridgePortData(host, m, link);
  } else if (m?.kind === 'vrf') {
    attrs.slaveKind = 'vrf';
    attrs.slaveData = { table: m.vrfTable ?? 0 };
  }
  return { family: 0, type: d.arphrd, ifindex: link.ifindex, flags: linkFlags(host, link), change: 0, attrs };
}

const bridgeOptions = new WeakMap<Link, Record<string, unknown>>();

/** Stores IFLA_BR_* values given with `type bridge ...` (br_changelink). */
export function setBridgeOptions(br: Link, data: Record<string, unknown>): void {
  bridgeOptions.set(br, { ...bridgeOptions.get(br), ...data });
}

/** The bridge id: priority in hex and the bridge address (zero until a port or the user gave one). */
function bridgeId(host: Host, br: Link): string {
  const ports = portsOf(host, br);
  const prio = Number(bridgeOptions.get(br)?.priority ?? 32768);
  return `${prio.toString(16).padStart(4, '0')}.${macId(ports.length || linkExtra(br).macSet ? br.mac : [0, 0, 0, 0, 0, 0])}`;
}

/** IFLA_BR_* of a fresh bridge (br_fill_info) in iproute2's print order. */
function bridgeData(host: Host, br: Link): Record<string, unknown> {
  const id = bridgeId(host, br);
  const base: Record<string, unknown> = {
    forward_delay: 1500,
    hello_time: 200,
    max_age: 2000,
    ageing_time: 30000,
    stp_state: 0,
    priority: 32768,
    vlan_filtering: 0,
    bridge_id: id,
    root_id: id,
    root_port: 0,
    root_path_cost: 0,
    topology_change: 0,
    topology_change_detected: 0,
    hello_timer: 0,
    tcn_timer: 0,
    topology_change_timer: 0,
    gc_timer: 0,
    group_fwd_mask: 0,
    group_addr: '01:80:c2:00:00:00',
    mcast_snooping: 1,
    no_linklocal_learn: 0,
    mcast_vlan_snooping: 0,
    mcast_router: 1,
    mcast_query_use_ifaddr: 0,
    mcast_querier: 0,
    mcast_hash_elasticity: 16,
    mcast_hash_max: 4096,
    mcast_last_member_cnt: 2,
    mcast_startup_query_cnt: 2,
    mcast_last_member_intvl: 100,
    mcast_membership_intvl: 26000,
    mcast_querier_intvl: 25500,
    mcast_query_intvl: 12500,
    mcast_query_response_intvl: 1000,
    mcast_startup_query_intvl: 3124,
    mcast_stats_enabled: 0,
    mcast_igmp_version: 2,
    mcast_mld_version: 1,
    nf_call_iptables: 0,
    nf_call_ip6tables: 0,
    nf_call_arptables: 0,
  };
  return { ...base, ...bridgeOptions.get(br), bridge_id: id, root_id: id };
}

/** IFLA_BRPORT_* of a port (br_port_fill_attrs) as a settled, STP-less bridge reports them. */
function bridgePortData(host: Host, br: Link, port: Link): Record<string, unknown> {
  const ports = portsOf(host, br);
  const no = ports.indexOf(port) + 1;
  const id = bridgeId(host, br);
  const forwarding = br.up && port.up && linkExtra(port).carrier;
  return {
    state: forwarding ? 'forwarding' : 'disabled',
    priority: 32,
    cost: 2,
    hairpin: false,
    guard: false,
    root_block: false,
    fastleave: false,
    learning: true,
    flood: true,
    id: `0x${(0x8000 + no).toString(16)}`,
    no: `0x${no.toString(16)}`,
    designated_port: 0x8000 + no,
    designated_cost: 0,
    designated_bridge: id,
    designated_root: id,
    hold_timer: 0,
    message_age_timer: 0,
    forward_delay_timer: 0,
    topology_change_ack: 0,
    config_pending: 0,
    proxy_arp: false,
    proxy_arp_wifi: false,
    multicast_router: 1,
    mcast_fast_leave: false,
    mcast_flood: true,
    bcast_flood: true,
    mcast_to_unicast: false,
    neigh_suppress: false,
    group_fwd_mask: 0,
    group_fwd_mask_str: '0x0',
    vlan_tunnel: false,
    isolated: false,
    locked: false,
  };
}

/**
 * The device state kept outside `Link` (carrier, operstate, qdisc, flags, counters, bridge
 * options), one canonical line per device, for host snapshots and "nothing changed" checks.
 */
export function linkSideState(host: Host): string[] {
  return [...host.links.values()].map((l) => {
    const x = linkExtra(l);
    const opts = bridgeOptions.get(l);
    return `linkstate ${l.ifindex} ${JSON.stringify({ ...x, ...(opts ? { bridge: opts } : {}) })}`;
  });
}
