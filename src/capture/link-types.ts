/**
 * LINKTYPE_ values (tcpdump.org/linktypes.html, libpcap's pcap-common.c) that the capture layer
 * decodes, and the EtherType values it routes on.
 */

/** LINKTYPE_NULL: BSD loopback, 4-byte address family in the writer's byte order. */
export const LINKTYPE_NULL = 0;
/** LINKTYPE_ETHERNET. */
export const LINKTYPE_ETHERNET = 1;
/** DLT_RAW as some BSDs numbered it (libpcap maps both to LINKTYPE_RAW). */
export const DLT_RAW_12 = 12;
/** DLT_RAW as OpenBSD numbered it. */
export const DLT_RAW_14 = 14;
/** LINKTYPE_RAW: the packet starts with the IPv4 or IPv6 header. */
export const LINKTYPE_RAW = 101;
/** LINKTYPE_LOOP: OpenBSD loopback, address family in network byte order. */
export const LINKTYPE_LOOP = 108;
/** LINKTYPE_LINUX_SLL: the Linux "cooked" v1 header (16 bytes). */
export const LINKTYPE_LINUX_SLL = 113;
/** LINKTYPE_IPV4: raw IPv4 only. */
export const LINKTYPE_IPV4 = 228;
/** LINKTYPE_IPV6: raw IPv6 only. */
export const LINKTYPE_IPV6 = 229;
/** LINKTYPE_NFLOG: Linux netfilter NFLOG messages (pcap/nflog.h). */
export const LINKTYPE_NFLOG = 239;
/** LINKTYPE_LINUX_SLL2: the Linux "cooked" v2 header (20 bytes) with the ifindex. */
export const LINKTYPE_LINUX_SLL2 = 276;

/** EtherTypes (include/uapi/linux/if_ether.h). */
export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
export const ETH_P_8021Q = 0x8100;
export const ETH_P_8021AD = 0x88a8;
/** The pre-standard QinQ TPID some switches still send. */
export const ETH_P_QINQ1 = 0x9100;
export const ETH_P_IPV6 = 0x86dd;

/** Short names of the link types, for messages. */
export function linkTypeName(linkType: number): string {
  const names: Record<number, string> = {
    [LINKTYPE_NULL]: 'NULL',
    [LINKTYPE_ETHERNET]: 'ETHERNET',
    [DLT_RAW_12]: 'RAW(12)',
    [DLT_RAW_14]: 'RAW(14)',
    [LINKTYPE_RAW]: 'RAW',
    [LINKTYPE_LOOP]: 'LOOP',
    [LINKTYPE_LINUX_SLL]: 'LINUX_SLL',
    [LINKTYPE_IPV4]: 'IPV4',
    [LINKTYPE_IPV6]: 'IPV6',
    [LINKTYPE_NFLOG]: 'NFLOG',
    [LINKTYPE_LINUX_SLL2]: 'LINUX_SLL2',
  };
  return names[linkType] ?? `linktype ${linkType}`;
}

/** Names of the EtherTypes seen in skip reasons. */
export function etherTypeName(type: number): string {
  const names: Record<number, string> = {
    [ETH_P_ARP]: 'ARP',
    0x8035: 'RARP',
    0x88cc: 'LLDP',
    0x8863: 'PPPoE discovery',
    0x8864: 'PPPoE session',
    0x8847: 'MPLS',
    0x888e: 'EAPOL',
  };
  const hex = `0x${type.toString(16).padStart(4, '0')}`;
  return names[type] ? `${names[type]} (ethertype ${hex})` : `ethertype ${hex}`;
}
