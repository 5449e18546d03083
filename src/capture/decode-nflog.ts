/**
 * LINKTYPE_NFLOG (libpcap pcap/nflog.h): a 4-byte nflog_hdr (family, version, big-endian resource
 * id = the NFLOG group) then TLVs whose length and type are in the capturing host's byte order
 * (the file's) and whose values are big-endian, as nfulnl_log_packet() builds them
 * (net/netfilter/nfnetlink_log.c; attribute numbers from nfnetlink_log.h, enum nfulnl_attr_type).
 */
import type { LinkResult } from './decode-link';
import { ETH_P_IP, ETH_P_IPV6 } from './link-types';
import type { NflogInfo } from './types';

/** NFULA_* attribute numbers (include/uapi/linux/netfilter/nfnetlink_log.h). */
export const NFULA = {
  PACKET_HDR: 1,
  MARK: 2,
  TIMESTAMP: 3,
  IFINDEX_INDEV: 4,
  IFINDEX_OUTDEV: 5,
  HWADDR: 8,
  PAYLOAD: 9,
  PREFIX: 10,
  UID: 11,
  SEQ: 12,
  GID: 14,
} as const;

/** NLA_TYPE_MASK of include/uapi/linux/netlink.h: drops NLA_F_NESTED and NLA_F_NET_BYTEORDER. */
const NLA_TYPE_MASK = 0x3fff;

const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

/** Decodes an NFLOG frame: its metadata, and where the logged packet (NFULA_PAYLOAD) lies. */
export function decodeNflog(frame: Uint8Array, littleEndian: boolean): LinkResult {
  const n = frame.length;
  if (n < 4) return { offset: n, end: n, truncated: 'NFLOG header' };
  const info: { -readonly [K in keyof NflogInfo]: NflogInfo[K] } = {
    family: frame[0],
    group: (frame[2] << 8) | frame[3],
  };
  const hostU16 = (o: number) =>
    littleEndian ? frame[o] | (frame[o + 1] << 8) : (frame[o] << 8) | frame[o + 1];
  let payload: [number, number] | null = null;
  let at = 4;
  while (at + 4 <= n) {
    const len = hostU16(at);
    const type = hostU16(at + 2) & NLA_TYPE_MASK;
    if (len < 4)
      return {
        offset: at,
        end: n,
        nflog: info,
        skipped: `malformed NFLOG TLV at frame byte ${at}: length ${len}`,
      };
    const v = at + 4;
    const vEnd = Math.min(at + len, n);
    const has32 = vEnd - v >= 4;
    switch (type) {
      case NFULA.PACKET_HDR:
        // nfulnl_msg_packet_hdr: hw_protocol (be16), hook (u8), pad.
        if (vEnd - v >= 3) info.hook = frame[v + 2];
        break;
      case NFULA.MARK:
        if (has32) info.mark = u32(frame, v);
        break;
      case NFULA.IFINDEX_INDEV:
        if (has32) info.indev = u32(frame, v);
        break;
      case NFULA.IFINDEX_OUTDEV:
        if (has32) info.outdev = u32(frame, v);
        break;
      case NFULA.UID:
        if (has32) info.uid = u32(frame, v);
        break;
      case NFULA.GID:
        if (has32) info.gid = u32(frame, v);
        break;
      case NFULA.PREFIX: {
        // A NUL-terminated string (nla_put_string); the kernel caps it at 64 bytes
        // (NF_LOG_PREFIXLEN), a damaged file may not.
        let text = '';
        for (let e = v; e < vEnd && frame[e] !== 0 && text.length < 256; e++)
          text += String.fromCharCode(frame[e]);
        info.prefix = text;
        break;
      }
      case NFULA.PAYLOAD:
        payload = [v, vEnd];
        break;
    }
    // Netlink attributes are padded to 4 bytes (NLA_ALIGN).
    at += (len + 3) & ~3;
  }
  if (!payload)
    return { offset: n, end: n, nflog: info, skipped: 'NFLOG message without payload (NFULA_PAYLOAD)' };
  const [offset, end] = payload;
  if (info.family === 2) return { etherType: ETH_P_IP, offset, end, nflog: info };
  if (info.family === 10) return { etherType: ETH_P_IPV6, offset, end, nflog: info };
  return { offset, end, nflog: info, skipped: `NFLOG family ${info.family} (not IPv4 or IPv6)` };
}
