/**
 * One captured frame → one PacketRecord: the link layer, then the network and transport layers.
 * Never throws: a short or odd packet becomes `truncated` or `skipped`, not an error.
 */
import { decodeIpv4, decodeIpv6, type IpFields } from './decode-ip';
import { decodeLink } from './decode-link';
import { ETH_P_IP, ETH_P_IPV6, etherTypeName } from './link-types';
import type { CaptureInterface, DirectionHints, PacketRecord } from './types';

/** What the file format says about a packet before its bytes are decoded. */
export interface FrameMeta {
  readonly index: number;
  readonly timestampNs: bigint | null;
  readonly linkType: number;
  readonly interface: CaptureInterface;
  readonly capturedLength: number;
  readonly length: number;
  readonly comments?: readonly string[];
  readonly flagsDirection?: 'inbound' | 'outbound';
  /** Byte order of the file or pcapng section (NULL and NFLOG headers use it). */
  readonly littleEndian: boolean;
}

/** nf_inet_hooks (include/uapi/linux/netfilter.h) by number. */
const HOOKS = ['prerouting', 'input', 'forward', 'output', 'postrouting'] as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_DIRECTION: DirectionHints = Object.freeze({});

/**
 * A record under construction. A class rather than a literal: V8 then reserves room in the
 * object for the fields added after the first seven (the network ones), instead of growing a
 * separate property store field by field. Only fields that are set exist (no undefined keys).
 */
class Packet {
  index: number;
  timestampNs: bigint | null;
  linkType: number;
  interface: CaptureInterface;
  direction: DirectionHints;
  capturedLength: number;
  length: number;
  constructor(meta: FrameMeta, iface: CaptureInterface, direction: DirectionHints) {
    this.index = meta.index;
    this.timestampNs = meta.timestampNs;
    this.linkType = meta.linkType;
    this.interface = iface;
    this.direction = direction;
    this.capturedLength = meta.capturedLength;
    this.length = meta.length;
  }
}

/** Decodes the bytes of one frame described by `meta`. */
export function decodePacket(meta: FrameMeta, frame: Uint8Array): PacketRecord {
  return decodeFrame(meta, frame, 0, frame.length);
}

/** Decodes the frame in bytes `start` to `end` of `b` (a reader's chunk: no view is made). */
export function decodeFrame(meta: FrameMeta, b: Uint8Array, start: number, end: number): PacketRecord {
  const link = decodeLink(meta.linkType, b, meta.littleEndian, start, end);
  let direction = NO_DIRECTION;
  if (link.packetType !== undefined || meta.flagsDirection || link.nflog?.hook !== undefined) {
    const d: Mutable<DirectionHints> = {};
    if (link.packetType !== undefined) d.packetType = link.packetType;
    if (meta.flagsDirection) d.flagsDirection = meta.flagsDirection;
    if (link.nflog?.hook !== undefined && link.nflog.hook < HOOKS.length) d.hook = HOOKS[link.nflog.hook];
    direction = d;
  }
  const rec: Mutable<PacketRecord> = new Packet(
    meta,
    link.ifindex !== undefined ? { ...meta.interface, ifindex: link.ifindex } : meta.interface,
    direction,
  );
  if (meta.comments?.length) rec.comments = meta.comments;
  if (link.vlan?.length) rec.vlan = link.vlan;
  if (link.nflog) rec.nflog = link.nflog;
  if (link.truncated) {
    rec.truncated = link.truncated;
    return rec;
  }
  if (link.skipped) {
    rec.skipped = link.skipped;
    return rec;
  }
  // The network decoders write straight into the record: no intermediate object per packet.
  if (link.etherType === ETH_P_IP) decodeIpv4(b, link.offset, link.end, rec as IpFields);
  else if (link.etherType === ETH_P_IPV6) decodeIpv6(b, link.offset, link.end, rec as IpFields);
  else rec.skipped = `${etherTypeName(link.etherType ?? 0)} is not routed`;
  return rec;
}

/** Formats a nanosecond timestamp as tshark's frame.time_epoch does: seconds and 9 digits. */
export function formatEpochNs(ns: bigint): string {
  const neg = ns < 0n;
  const a = neg ? -ns : ns;
  return `${neg ? '-' : ''}${a / 1_000_000_000n}.${(a % 1_000_000_000n).toString().padStart(9, '0')}`;
}
