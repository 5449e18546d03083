/**
 * Which scenario link a captured packet was seen on, and which lookup it gets (input or output).
 * The capture decides where it says (NFLOG's hook and devices, the cooked header's packet type
 * and ifindex, a pcapng interface name or its direction flags); the user's --map, --output and
 * --iif fill in the rest.
 */
import type { Host } from '../engine/host';
import type { PacketRecord } from '../capture/types';
import type { ClassifyOptions, PacketDirection } from './types';

/** Where and which way: the link name and the lookup, or why the packet cannot be placed. */
export type LinkPlacement =
  | { readonly link: string | undefined; readonly direction: PacketDirection; readonly skipped?: undefined }
  | { readonly skipped: string };

/** PACKET_OUTGOING and PACKET_OTHERHOST of include/uapi/linux/if_packet.h. */
const PACKET_OTHERHOST = 3;
const PACKET_OUTGOING = 4;

/** Where a capture says a packet was seen: its interface and direction hints. */
export type PacketPlace = Pick<PacketRecord, 'interface' | 'direction'>;

/** The options turned into lookups: map by capture name, link sets by scenario name. */
export interface LinkResolver {
  /** Places `packet`, seen where `at` says (default: where its own record says). */
  place(packet: PacketRecord, at?: PacketPlace): LinkPlacement;
}

/**
 * Checks that every link the options name exists (a --map target, --output, --iif); returns
 * one message per bad name, in iproute2's words (`Cannot find device "X"`).
 */
export function checkLinkOptions(host: Host, options: ClassifyOptions): string[] {
  const errors: string[] = [];
  const mapped = new Set(Object.keys(options.map ?? {}));
  for (const [cap, link] of Object.entries(options.map ?? {}))
    if (!host.linkByName(link)) errors.push(`--map ${cap}=${link}: Cannot find device "${link}"`);
  for (const [flag, names] of [
    ['--output', options.output ?? []],
    ['--iif', options.iif ?? []],
  ] as const) {
    for (const name of names)
      if (!host.linkByName(name) && !mapped.has(name))
        errors.push(`${flag} ${name}: Cannot find device "${name}"`);
  }
  return errors;
}

/** Builds the resolver for `options` over the scenario's links (ifindex numbering of `host`). */
export function createLinkResolver(host: Host, options: ClassifyOptions): LinkResolver {
  const map = options.map ?? {};
  const toLink = (name: string): string => map[name] ?? name;
  const output = new Set((options.output ?? []).map(toLink));
  const input = new Set((options.iif ?? []).map(toLink));
  const named = [...new Set([...output, ...input])];
  // A capture that names no interface: the one link the options name, if exactly one.
  const only = named.length === 1 ? named[0] : undefined;
  const byIndex = (ifindex: number): string | { skipped: string } => {
    const m = map[String(ifindex)];
    if (m !== undefined) return m;
    const link = host.link(ifindex);
    return link
      ? link.name
      : { skipped: `ifindex ${ifindex} is no link of the scenario: name one with --map ${ifindex}=LINK` };
  };
  const byName = (name: string): string | { skipped: string } => {
    const link = toLink(name);
    return host.linkByName(link)
      ? link
      : {
          skipped: `capture interface "${name}" is no link of the scenario: name one with --map ${name}=LINK`,
        };
  };
  const chosen = (link: string): PacketDirection => (output.has(link) ? 'output' : 'input');

  const placeOne = (p: PacketPlace): LinkPlacement => {
    const type = p.direction.packetType;
    if (type === PACKET_OTHERHOST)
      return { skipped: 'addressed to another host (PACKET_OTHERHOST): ip_rcv drops it before routing' };
    let link: string | { skipped: string } | undefined;
    if (p.interface.ifindex) link = byIndex(p.interface.ifindex);
    else if (p.interface.name !== undefined && p.interface.name !== 'any') link = byName(p.interface.name);
    else link = only;
    if (typeof link === 'object') return link;
    let direction: PacketDirection;
    if (type !== undefined) direction = type === PACKET_OUTGOING ? 'output' : 'input';
    else if (p.direction.flagsDirection)
      direction = p.direction.flagsDirection === 'outbound' ? 'output' : 'input';
    else if (link !== undefined) direction = chosen(link);
    else return { skipped: noLink(named.length) };
    // The fallback link of a capture that names none was named for one direction (--iif or
    // --output): a packet the capture says went the other way was not seen on it.
    if (link !== undefined && link === only && !p.interface.ifindex && p.interface.name === undefined)
      if ((direction === 'output') !== output.has(link)) link = undefined;
    if (link === undefined && direction === 'input') return { skipped: noLink(named.length) };
    return { link, direction };
  };
  // Captures repeat a few (interface, packet type, direction flag) combinations: place each once,
  // by number, then by interface name (no text is built per packet). Records are immutable, so
  // the same interface and hints objects as the last packet's give the same placement.
  const byNumber = new Map<number, LinkPlacement>();
  const byIfName = new Map<string, Map<number, LinkPlacement>>();
  let lastIface: PacketPlace['interface'] | null = null;
  let lastHints: PacketPlace['direction'] | null = null;
  let lastPlaced: LinkPlacement | null = null;
  return {
    place(packet: PacketRecord, at: PacketPlace = packet): LinkPlacement {
      if (packet.nflog) return placeNflog(packet, byIndex);
      const p = at;
      if (lastPlaced !== null && lastIface === p.interface && lastHints === p.direction) return lastPlaced;
      const flags =
        p.direction.flagsDirection === undefined ? 0 : p.direction.flagsDirection === 'inbound' ? 1 : 2;
      const type = p.direction.packetType;
      const small = type === undefined ? 15 : type < 15 ? type : -1;
      const ifindex = p.interface.ifindex ?? 0;
      if (small < 0 || ifindex > 0x3fffffff) return placeOne(p);
      const key = ifindex * 64 + small * 4 + flags;
      const name = p.interface.name;
      let cache = byNumber;
      if (name !== undefined) {
        let m = byIfName.get(name);
        if (m === undefined) {
          if (byIfName.size >= 4096) byIfName.clear();
          byIfName.set(name, (m = new Map()));
        }
        cache = m;
      }
      let placed = cache.get(key);
      if (placed === undefined) {
        // A capture of many interfaces (or a damaged one) must not grow the cache without end.
        if (cache.size >= 4096) cache.clear();
        placed = placeOne(p);
        cache.set(key, placed);
      }
      lastIface = p.interface;
      lastHints = p.direction;
      lastPlaced = placed;
      return placed;
    },
  };
}

function noLink(count: number): string {
  return count === 0
    ? 'the capture does not say which link the packet was seen on: name it with --iif IF or --output IF'
    : 'the capture does not say which link the packet was seen on, and the options name several';
}

/**
 * NFLOG: PREROUTING, INPUT and FORWARD saw an arriving packet (input lookup on indev);
 * OUTPUT saw a locally generated one (output lookup, outdev); POSTROUTING either, by indev.
 */
function placeNflog(p: PacketRecord, byIndex: (i: number) => string | { skipped: string }): LinkPlacement {
  const nf = p.nflog!;
  const hook = p.direction.hook;
  const arrived =
    hook === 'prerouting' || hook === 'input' || hook === 'forward' || (hook === 'postrouting' && !!nf.indev);
  if (arrived) {
    if (!nf.indev) return { skipped: `NFLOG packet of hook ${hook} without an input device` };
    const link = byIndex(nf.indev);
    return typeof link === 'object' ? link : { link, direction: 'input' };
  }
  if (hook === 'output' || hook === 'postrouting') {
    if (!nf.outdev) return { link: undefined, direction: 'output' };
    const link = byIndex(nf.outdev);
    return typeof link === 'object' ? link : { link, direction: 'output' };
  }
  return { skipped: 'NFLOG packet without a netfilter hook' };
}
