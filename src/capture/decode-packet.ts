/**
 * One captured frame → one PacketRecord: the link layer, then the network and transport layers.
 * Never throws: a short or odd packet becomes `truncated` or `skipped`, not an error.
 */
import { decodeIpv4, decodeIpv6 } from './decode-ip';
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

/** Decodes the bytes of one frame described by `meta`. */
export function decodePacket(meta: FrameMeta, frame: Uint8Array): PacketRecord {
  const link = decodeLink(meta.linkType, frame, meta.littleEndian);
  let direction = NO_DIRECTION;
  if (link.packetType !== undefined || meta.flagsDirection || link.nflog?.hook !== undefined) {
    const d: Mutable<DirectionHints> = {};
    if (link.packetType !== undefined) d.packetType = link.packetType;
    if (meta.flagsDirection) d.flagsDirection = meta.flagsDirection;
    if (link.nflog?.hook !== undefined && link.nflog.hook < HOOKS.length) d.hook = HOOKS[link.nflog.hook];
    direction = d;
  }
  const rec: Mutable<PacketRecord> = {
    index: meta.index,
    timestampNs: meta.timestampNs,
    linkType: meta.linkType,
    interface: link.ifindex !== undefined ? { ...meta.interface, ifindex: link.ifindex } : meta.interface,
    direction,
    capturedLength: meta.capturedLength,
    length: meta.length,
  };
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
  let ip;
  if (link.etherType === ETH_P_IP) ip = decodeIpv4(frame, link.offset, link.end);
  else if (link.etherType === ETH_P_IPV6) ip = decodeIpv6(frame, link.offset, link.end);
  else {
    rec.skipped = `${etherTypeName(link.etherType ?? 0)} is not routed`;
    return rec;
  }
  rec.family = ip.family;
  if (ip.src !== undefined) {
    rec.src = ip.src;
    rec.dst = ip.dst;
    rec.srcIp = ip.srcIp;
    rec.dstIp = ip.dstIp;
  }
  if (ip.proto !== undefined) rec.proto = ip.proto;
  if (ip.sport !== undefined) {
    rec.sport = ip.sport;
    rec.dport = ip.dport;
  }
  if (ip.icmpType !== undefined) {
    rec.icmpType = ip.icmpType;
    rec.icmpCode = ip.icmpCode;
  }
  if (ip.tos !== undefined) rec.tos = ip.tos;
  if (ip.flowLabel !== undefined) rec.flowLabel = ip.flowLabel;
  if (ip.fragment) rec.fragment = ip.fragment;
  if (ip.truncated) rec.truncated = ip.truncated;
  if (ip.skipped) rec.skipped = ip.skipped;
  return rec;
}

/** Formats a nanosecond timestamp as tshark's frame.time_epoch does: seconds and 9 digits. */
export function formatEpochNs(ns: bigint): string {
  const neg = ns < 0n;
  const a = neg ? -ns : ns;
  return `${neg ? '-' : ''}${a / 1_000_000_000n}.${(a % 1_000_000_000n).toString().padStart(9, '0')}`;
}
