/**
 * What the capture layer hands to the rest of RPDB Lab: one record per packet, holding what a
 * routing lookup needs (the fields of the kernel's `struct flowi4` / `flowi6` plus the hints a
 * capture adds), and located errors instead of exceptions.
 */
import type { Family, Ip } from '../engine/ip';

/** Where a packet was seen: the pcapng interface, the cooked header's ifindex, NFLOG's devices. */
export interface CaptureInterface {
  /** pcapng Interface Description Block number within its section. */
  readonly id?: number;
  /** pcapng if_name (option 2). */
  readonly name?: string;
  /** pcapng if_description (option 3). */
  readonly description?: string;
  /** Kernel ifindex from a LINUX_SLL2 header. */
  readonly ifindex?: number;
}

/** NFLOG metadata (the NFULA_* attributes of include/uapi/linux/netfilter/nfnetlink_log.h). */
export interface NflogInfo {
  /** nflog_hdr.nflog_family: AF_INET 2 or AF_INET6 10. */
  readonly family: number;
  /** nflog_hdr.nflog_rid: the NFLOG group. */
  readonly group: number;
  /** nfulnl_msg_packet_hdr.hook: 0 PRE_ROUTING, 1 LOCAL_IN, 2 FORWARD, 3 LOCAL_OUT, 4 POST_ROUTING. */
  readonly hook?: number;
  /** NFULA_MARK (2): skb->mark as the rule saw it. */
  readonly mark?: number;
  /** NFULA_UID (11) / NFULA_GID (14): the owning socket's credentials. */
  readonly uid?: number;
  readonly gid?: number;
  /** NFULA_PREFIX (10): the rule's --nflog-prefix. */
  readonly prefix?: string;
  /** NFULA_IFINDEX_INDEV (4) / NFULA_IFINDEX_OUTDEV (5). */
  readonly indev?: number;
  readonly outdev?: number;
}

/** The link-layer and capture hints about which way a packet went. */
export interface DirectionHints {
  /** LINUX_SLL / SLL2 packet type: 0 host, 1 broadcast, 2 multicast, 3 otherhost, 4 outgoing. */
  readonly packetType?: number;
  /** pcapng epb_flags direction: 'inbound' or 'outbound' when the capture recorded it. */
  readonly flagsDirection?: 'inbound' | 'outbound';
  /** NFLOG netfilter hook name, from the hook number. */
  readonly hook?: 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';
}

/** One 802.1Q / 802.1ad tag, outermost first. */
export interface VlanTag {
  readonly tpid: number;
  readonly id: number;
  readonly pcp: number;
}

/** Fragment header fields (IPv4 flags/offset, IPv6 Fragment header); offset in bytes. */
export interface FragmentInfo {
  readonly offset: number;
  readonly more: boolean;
  readonly id: number;
}

/** The decoded packet: what the kernel's routing lookup would see of it. */
export interface PacketRecord {
  /** 1-based position in the file, counting every packet block or record. */
  readonly index: number;
  /** Nanoseconds since the epoch; null for a pcapng Simple Packet Block, which has none. */
  readonly timestampNs: bigint | null;
  /** LINKTYPE_ value of the packet's interface. */
  readonly linkType: number;
  readonly interface: CaptureInterface;
  readonly direction: DirectionHints;
  /** Bytes stored in the capture and bytes on the wire. */
  readonly capturedLength: number;
  readonly length: number;
  /** pcapng opt_comment values of the packet block. */
  readonly comments?: readonly string[];
  readonly vlan?: readonly VlanTag[];
  readonly nflog?: NflogInfo;
  /** Network-layer fields; absent when the packet is skipped before the IP header. */
  readonly family?: Family;
  readonly src?: string;
  readonly dst?: string;
  /** The engine's values: number for IPv4, bigint for IPv6 (src/engine/ip.ts). */
  readonly srcIp?: Ip;
  readonly dstIp?: Ip;
  /** Upper-layer protocol: IPv4 protocol, or the last IPv6 next header. */
  readonly proto?: number;
  readonly sport?: number;
  readonly dport?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** IPv4 TOS byte or IPv6 traffic class (DSCP and ECN). */
  readonly tos?: number;
  /** IPv6 flow label (20 bits). */
  readonly flowLabel?: number;
  readonly fragment?: FragmentInfo;
  /** Why the packet cannot be routed (ARP, an unknown ethertype, ...); no IP fields then. */
  readonly skipped?: string;
  /** The capture cut the packet short: which header was incomplete. Fields before it are kept. */
  readonly truncated?: string;
}

/** A located decoding error: byte offset in the file, packet number, pcapng block type. */
export interface CaptureError {
  readonly message: string;
  /** Offset of the start of the offending header or block in the file. */
  readonly offset: number;
  /** 1-based number of the packet being read, when the error is inside or at a packet. */
  readonly packet?: number;
  /** pcapng block type name or number, when reading pcapng. */
  readonly block?: string;
}

/** The end of a read: the records decoded before it, and success or a located error. */
export type CaptureResult =
  | { readonly ok: true; readonly records: PacketRecord[]; readonly format: CaptureFormat }
  | { readonly ok: false; readonly records: PacketRecord[]; readonly error: CaptureError };

/** File formats the reader recognises by their magic. */
export type CaptureFormat = 'pcap' | 'pcapng';

/** Formats a CaptureError as one line: "at byte 1234 (packet 5, block EPB): message". */
export function formatCaptureError(e: CaptureError): string {
  const where = [e.packet !== undefined ? `packet ${e.packet}` : '', e.block ? `block ${e.block}` : '']
    .filter(Boolean)
    .join(', ');
  return `at byte ${e.offset}${where ? ` (${where})` : ''}: ${e.message}`;
}
