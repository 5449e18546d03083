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

/** Decodes the link header of `frame` for `linkType`; `littleEndian` is the file's byte order. */
export function decodeLink(linkType: number, frame: Uint8Array, littleEndian: boolean): LinkResult {
  const n = frame.length;
  switch (linkType) {
    case LINKTYPE_ETHERNET:
      return decodeEthernet(frame);
    case LINKTYPE_LINUX_SLL: {
      // sll_header: pkttype, hatype, halen, addr[8], protocol (all big-endian).
      if (n < 16) return { offset: n, end: n, truncated: 'LINUX_SLL header' };
      return cooked(u16(frame, 2), u16(frame, 14), 16, n, { packetType: u16(frame, 0) });
    }
    case LINKTYPE_LINUX_SLL2: {
      // sll2_header: protocol, reserved, if_index, hatype, pkttype, halen, addr[8].
      if (n < 20) return { offset: n, end: n, truncated: 'LINUX_SLL2 header' };
      return cooked(u16(frame, 8), u16(frame, 0), 20, n, { packetType: frame[10], ifindex: u32(frame, 4) });
    }
    case LINKTYPE_RAW:
    case DLT_RAW_12:
    case DLT_RAW_14:
      return byVersion(frame, 0, n);
    case LINKTYPE_IPV4:
      return { etherType: ETH_P_IP, offset: 0, end: n };
    case LINKTYPE_IPV6:
      return { etherType: ETH_P_IPV6, offset: 0, end: n };
    case LINKTYPE_NULL:
    case LINKTYPE_LOOP: {
      if (n < 4) return { offset: n, end: n, truncated: `${linkTypeName(linkType)} header` };
      const be = u32(frame, 0);
      const le = (frame[0] | (frame[1] << 8) | (frame[2] << 16) | (frame[3] << 24)) >>> 0;
      // LOOP is network order; NULL is the writer's order, and tcpdump's null_hdr_print also
      // accepts the other one when the high half is set (files moved between hosts).
      let family = linkType === LINKTYPE_LOOP ? be : littleEndian ? le : be;
      if ((family & 0xffff0000) !== 0) family = family === be ? le : be;
      return byFamily(family, frame, n);
    }
    case LINKTYPE_NFLOG:
      return decodeNflog(frame, littleEndian);
    default:
      return { offset: 0, end: n, skipped: `unsupported link type ${linkType}` };
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
function decodeEthernet(frame: Uint8Array): LinkResult {
  const n = frame.length;
  if (n < 14) return { offset: n, end: n, truncated: 'Ethernet header' };
  let type = u16(frame, 12);
  let at = 14;
  const vlan: VlanTag[] = [];
  while (type === ETH_P_8021Q || type === ETH_P_8021AD || type === ETH_P_QINQ1) {
    if (at + 4 > n) return { offset: n, end: n, vlan, truncated: 'VLAN tag' };
    const tci = u16(frame, at);
    vlan.push({ tpid: type, id: tci & 0xfff, pcp: tci >> 13 });
    type = u16(frame, at + 2);
    at += 4;
  }
  const tags = vlan.length ? { vlan } : {};
  // A value up to 1500 is an 802.3 length: LLC/SNAP follows, never routed here.
  if (type <= 1500)
    return { offset: at, end: n, ...tags, skipped: `802.3 frame with length ${type} (LLC, not IP)` };
  return { etherType: type, offset: at, end: n, ...tags };
}

/** Raw IP: the version nibble picks the family, as libpcap's DLT_RAW handling does. */
function byVersion(frame: Uint8Array, offset: number, n: number): LinkResult {
  if (offset >= n) return { offset, end: n, truncated: 'IP version' };
  const v = frame[offset] >> 4;
  if (v === 4) return { etherType: ETH_P_IP, offset, end: n };
  if (v === 6) return { etherType: ETH_P_IPV6, offset, end: n };
  return { offset, end: n, skipped: `raw packet with IP version ${v}` };
}

/** BSD address families: AF_INET 2; AF_INET6 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS). */
function byFamily(family: number, frame: Uint8Array, n: number): LinkResult {
  if (family === 2) return { etherType: ETH_P_IP, offset: 4, end: n };
  if (family === 24 || family === 28 || family === 30) return { etherType: ETH_P_IPV6, offset: 4, end: n };
  return { offset: 4, end: n, skipped: `loopback address family ${family} (not IP)` };
}
