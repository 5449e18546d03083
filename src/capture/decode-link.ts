/**
 * Link-layer headers: from the start of a captured frame to the network header. Each decoder
 * mirrors the header layout libpcap documents for its LINKTYPE_ value.
 */
import { decodeNflog } from './decode-nflog';
import {
  DLT_RAW_12,
  DLT_RAW_14,
  ETH_P_8021AD,
  ETH_P_8021Q,
  ETH_P_IP,
  ETH_P_IPV6,
  ETH_P_QINQ1,
  LINKTYPE_ETHERNET,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_LOOP,
  LINKTYPE_NFLOG,
  LINKTYPE_NULL,
  LINKTYPE_RAW,
  linkTypeName,
} from './link-types';
import type { NflogInfo, VlanTag } from './types';

/** What the link layer tells: where the network header starts and what it is, or why not. */
export interface LinkResult {
  /** EtherType of the payload (ETH_P_IP / ETH_P_IPV6 for raw and NFLOG payloads). */
  etherType?: number;
  /** Offset of the network header in the frame. */
  offset: number;
  /** Bytes of the frame that belong to the network packet (NFLOG's payload TLV ends early). */
  end: number;
  vlan?: VlanTag[];
  packetType?: number;
  ifindex?: number;
  nflog?: NflogInfo;
  skipped?: string;
  truncated?: string;
}

const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

/**
 * Decodes the link header of the frame in bytes `start` to `end` of `b` for `linkType`
 * (`littleEndian` is the file's byte order). Offsets in the result are positions in `b`.
 */
export function decodeLink(
  linkType: number,
  b: Uint8Array,
  littleEndian: boolean,
  start = 0,
  end = b.length,
): LinkResult {
  const n = end - start;
  switch (linkType) {
    case LINKTYPE_ETHERNET:
      return decodeEthernet(b, start, end);
    case LINKTYPE_LINUX_SLL: {
      // sll_header: pkttype, hatype, halen, addr[8], protocol (all big-endian).
      if (n < 16) return { offset: end, end, truncated: 'LINUX_SLL header' };
      return cooked(u16(b, start + 2), u16(b, start + 14), start + 16, end, { packetType: u16(b, start) });
    }
    case LINKTYPE_LINUX_SLL2: {
      // sll2_header: protocol, reserved, if_index, hatype, pkttype, halen, addr[8].
      if (n < 20) return { offset: end, end, truncated: 'LINUX_SLL2 header' };
      return cooked(u16(b, start + 8), u16(b, start), start + 20, end, {
        packetType: b[start + 10],
        ifindex: u32(b, start + 4),
      });
    }
    case LINKTYPE_RAW:
    case DLT_RAW_12:
    case DLT_RAW_14:
      return byVersion(b, start, end);
    case LINKTYPE_IPV4:
      return { etherType: ETH_P_IP, offset: start, end };
    case LINKTYPE_IPV6:
      return { etherType: ETH_P_IPV6, offset: start, end };
    case LINKTYPE_NULL:
    case LINKTYPE_LOOP: {
      if (n < 4) return { offset: end, end, truncated: `${linkTypeName(linkType)} header` };
      const be = u32(b, start);
      const le = (b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24)) >>> 0;
      // LOOP is network order; NULL is the writer's order, and tcpdump's null_hdr_print also
      // accepts the other one when the high half is set (files moved between hosts).
      let family = linkType === LINKTYPE_LOOP ? be : littleEndian ? le : be;
      if ((family & 0xffff0000) !== 0) family = family === be ? le : be;
      return byFamily(family, start, end);
    }
    case LINKTYPE_NFLOG: {
      // NFLOG's messages name positions in the frame: decode a view of it, then shift.
      const r = decodeNflog(start === 0 && end === b.length ? b : b.subarray(start, end), littleEndian);
      if (start === 0) return r;
      r.offset += start;
      r.end += start;
      return r;
    }
    default:
      return { offset: start, end, skipped: `unsupported link type ${linkType}` };
  }
}

/** The payload of a cooked header: ARPHRD_NETLINK (824) carries netlink, not a packet. */
function cooked(
  hatype: number,
  protocol: number,
  offset: number,
  n: number,
  extra: Partial<LinkResult>,
): LinkResult {
  if (hatype === 824) return { offset, end: n, ...extra, skipped: `netlink message (family ${protocol})` };
  if (protocol < 0x0600) {
    // LINUX_SLL_P_802_3 (1), LINUX_SLL_P_802_2 (4), CAN (0x0c) ...: not an EtherType.
    return {
      offset,
      end: n,
      ...extra,
      skipped: `cooked protocol 0x${protocol.toString(16).padStart(4, '0')} (not IP)`,
    };
  }
  return { etherType: protocol, offset, end: n, ...extra };
}

/** Ethernet II with any number of 802.1Q / 802.1ad tags (IEEE 802.1Q-2018 clause 9). */
function decodeEthernet(b: Uint8Array, start: number, end: number): LinkResult {
  if (end - start < 14) return { offset: end, end, truncated: 'Ethernet header' };
  let type = u16(b, start + 12);
  let at = start + 14;
  // Most frames carry no tag: the array is made only for one that does.
  let vlan: VlanTag[] | undefined;
  while (type === ETH_P_8021Q || type === ETH_P_8021AD || type === ETH_P_QINQ1) {
    vlan ??= [];
    if (at + 4 > end) return { offset: end, end, vlan, truncated: 'VLAN tag' };
    const tci = u16(b, at);
    vlan.push({ tpid: type, id: tci & 0xfff, pcp: tci >> 13 });
    type = u16(b, at + 2);
    at += 4;
  }
  // A value up to 1500 is an 802.3 length: LLC/SNAP follows, never routed here.
  if (type <= 1500) {
    const skipped = `802.3 frame with length ${type} (LLC, not IP)`;
    return vlan ? { offset: at, end, vlan, skipped } : { offset: at, end, skipped };
  }
  return vlan ? { etherType: type, offset: at, end, vlan } : { etherType: type, offset: at, end };
}

/** Raw IP: the version nibble picks the family, as libpcap's DLT_RAW handling does. */
function byVersion(b: Uint8Array, offset: number, end: number): LinkResult {
  if (offset >= end) return { offset, end, truncated: 'IP version' };
  const v = b[offset] >> 4;
  if (v === 4) return { etherType: ETH_P_IP, offset, end };
  if (v === 6) return { etherType: ETH_P_IPV6, offset, end };
  return { offset, end, skipped: `raw packet with IP version ${v}` };
}

/** BSD address families: AF_INET 2; AF_INET6 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS). */
function byFamily(family: number, start: number, end: number): LinkResult {
  if (family === 2) return { etherType: ETH_P_IP, offset: start + 4, end };
  if (family === 24 || family === 28 || family === 30)
    return { etherType: ETH_P_IPV6, offset: start + 4, end };
  return { offset: start + 4, end, skipped: `loopback address family ${family} (not IP)` };
}
