/**
 * The byte layout of the files `ip rule save` and `ip route save` write (iproute2 6.1
 * ip/iprule.c save_rule_prep/save_rule, ip/iproute.c save_route_prep/save_route): a 4-byte magic
 * in host byte order, then every dumped rtnetlink message exactly as the kernel sent it
 * (struct nlmsghdr, struct fib_rule_hdr or struct rtmsg, NLA-aligned FRA_* / RTA_* attributes).
 * Little-endian throughout, as on the x86-64 and arm64 machines that write them; addresses and
 * FRA_TUN_ID are in network order. Shared by the encoder (here) and the decoder (src/import).
 */
import type { Ip } from '../engine/ip';

/** rule_dump_magic of ip/iprule.c (bytes 86 69 70 71 in the file). */
export const RULE_DUMP_MAGIC = 0x71706986;
/** route_dump_magic of ip/iproute.c (bytes 24 12 31 45 in the file). */
export const ROUTE_DUMP_MAGIC = 0x45311224;
/** sizeof(struct nlmsghdr). */
export const NLMSG_HDRLEN = 16;
/** sizeof(struct fib_rule_hdr) and sizeof(struct rtmsg): both 12 bytes. */
export const FAMILY_HDRLEN = 12;
/** The buffer rtnl_from_file reads a message into: a longer nlmsg_len is "malformed". */
export const RTNL_FROM_FILE_BUF = 16384;

/** rtnetlink message types of the saved messages. */
export const RTM = { NEWROUTE: 24, DELROUTE: 25, NEWRULE: 32, DELRULE: 33 } as const;

/** FRA_* attribute numbers (include/uapi/linux/fib_rules.h). */
export const FRA = {
  DST: 1,
  SRC: 2,
  IIFNAME: 3,
  GOTO: 4,
  PRIORITY: 6,
  FWMARK: 10,
  FLOW: 11,
  TUN_ID: 12,
  SUPPRESS_IFGROUP: 13,
  SUPPRESS_PREFIXLEN: 14,
  TABLE: 15,
  FWMASK: 16,
  OIFNAME: 17,
  L3MDEV: 19,
  UID_RANGE: 20,
  PROTOCOL: 21,
  IP_PROTO: 22,
  SPORT_RANGE: 23,
  DPORT_RANGE: 24,
  DSCP: 25,
  FLOWLABEL: 26,
  FLOWLABEL_MASK: 27,
  SPORT_MASK: 28,
  DPORT_MASK: 29,
  DSCP_MASK: 30,
} as const;

/** RTA_* attribute numbers (include/uapi/linux/rtnetlink.h). */
export const RTA = {
  DST: 1,
  SRC: 2,
  IIF: 3,
  OIF: 4,
  GATEWAY: 5,
  PRIORITY: 6,
  PREFSRC: 7,
  METRICS: 8,
  MULTIPATH: 9,
  FLOW: 11,
  CACHEINFO: 12,
  TABLE: 15,
  MARK: 16,
  VIA: 18,
  NEWDST: 19,
  PREF: 20,
  EXPIRES: 23,
  NH_ID: 30,
} as const;

/** NLA_ALIGN / NLMSG_ALIGN / RTA_ALIGN: 4 bytes. */
export function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The bytes of an address, network order (4 for IPv4, 16 for IPv6). */
export function ipToBytes(ip: Ip): Uint8Array {
  if (typeof ip === 'number') return Uint8Array.of(ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255);
  const out = new Uint8Array(16);
  let v = ip;
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  return out;
}

/** An address from 4 or 16 network-order bytes; undefined for any other length. */
export function ipFromBytes(b: Uint8Array): Ip | undefined {
  if (b.length === 4) return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  if (b.length !== 16) return undefined;
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v;
}

/** A growable little-endian byte writer with netlink attribute helpers (lib/libnetlink.c addattr*). */
export class NlWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  /** Bytes written so far. */
  length = 0;

  private reserve(n: number): number {
    const at = this.length;
    if (at + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, at + n));
      bigger.set(this.buf);
      this.buf = bigger;
      this.view = new DataView(bigger.buffer);
    }
    this.length += n;
    return at;
  }

  /** Appends one byte. */
  u8(v: number): void {
    const at = this.reserve(1);
    this.buf[at] = v & 255;
  }

  /** Appends a little-endian u16. */
  u16(v: number): void {
    const at = this.reserve(2);
    this.view.setUint16(at, v & 0xffff, true);
  }

  /** Appends a little-endian u32. */
  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v >>> 0, true);
  }

  /** Appends raw bytes. */
  bytes(b: Uint8Array): void {
    const at = this.reserve(b.length);
    this.buf.set(b, at);
  }

  /** Overwrites a little-endian u32 at `at` (a length written after its contents). */
  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }

  /** Pads with zero bytes to a 4-byte boundary. */
  pad(): void {
    while (this.length % 4) this.u8(0);
  }

  /** An attribute with a raw payload (addattr_l): header, payload, padding. */
  attr(type: number, payload: Uint8Array): void {
    this.u16(4 + payload.length);
    this.u16(type);
    this.bytes(payload);
    this.pad();
  }

  /** A u8 attribute (nla_put_u8). */
  attrU8(type: number, v: number): void {
    this.attr(type, Uint8Array.of(v & 255));
  }

  /** A u32 attribute (nla_put_u32), little-endian. */
  attrU32(type: number, v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.attr(type, b);
  }

  /** A NUL-terminated string attribute (nla_put_string). */
  attrString(type: number, s: string): void {
    // Device and congestion-control names are bytes; the engine holds them one char per byte.
    const b = new Uint8Array(s.length + 1);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255;
    this.attr(type, b);
  }

  /** A nested attribute: `fill` writes its members; the length is patched afterwards. */
  nested(type: number, fill: () => void): void {
    const start = this.length;
    this.u16(0);
    this.u16(type);
    fill();
    this.view.setUint16(start, this.length - start, true);
  }

  /** The bytes written, copied. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** NLM_F_MULTI, set on every dumped message. */
export const NLM_F_MULTI = 0x2;
/** NLM_F_DUMP_FILTERED: route dumps carry it (the kernel honoured the request's filter). */
export const NLM_F_DUMP_FILTERED = 0x20;

/** Writes the nlmsghdr of a dumped message (seq and port 0) and returns its start. */
export function beginMessage(w: NlWriter, type: number, flags: number = NLM_F_MULTI): number {
  const start = w.length;
  w.u32(0);
  w.u16(type);
  w.u16(flags);
  w.u32(0);
  w.u32(0);
  return start;
}

/** Patches nlmsg_len once the message is complete. */
export function endMessage(w: NlWriter, start: number): void {
  w.patchU32(start, w.length - start);
}
