/**
 * IP addresses as the engine holds them: an IPv4 address is a `number` (unsigned 32-bit),
 * an IPv6 address is a `bigint` (unsigned 128-bit). The JavaScript type is the family.
 */
export type Ip = number | bigint;

/** Address family as iproute2 writes it (`-4`, `-6`). */
export type Family = 4 | 6;

/** A prefix: address (host bits kept, as the kernel keeps them in rules) and length. */
export interface Prefix {
  readonly addr: Ip;
  readonly len: number;
}

/** AF_INET / AF_INET6 numbers used on the wire. */
export const AF_INET = 2;
export const AF_INET6 = 10;

/** The family of an address value. */
export function familyOf(ip: Ip): Family {
  return typeof ip === 'number' ? 4 : 6;
}

/** Bits in an address of the family. */
export function maxLen(family: Family): number {
  return family === 4 ? 32 : 128;
}

/** The all-zero address of the family. */
export function zeroOf(family: Family): Ip {
  return family === 4 ? 0 : 0n;
}

const V6_ALL = (1n << 128n) - 1n;

/** The network mask of `len` bits as an address value. */
export function maskOf(family: Family, len: number): Ip {
  if (family === 4) return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return len === 0 ? 0n : (V6_ALL << BigInt(128 - len)) & V6_ALL;
}

/** `ip` with its host bits (past `len`) cleared. */
export function maskIp(ip: Ip, len: number): Ip {
  if (typeof ip === 'number') return len === 0 ? 0 : (ip & (0xffffffff << (32 - len))) >>> 0;
  return ip & (maskOf(6, len) as bigint);
}

/** True when `ip` lies inside `addr/len` (host bits of `addr` ignored). */
export function prefixContains(addr: Ip, len: number, ip: Ip): boolean {
  if (typeof addr === 'number') {
    if (len === 0) return true;
    const m = 0xffffffff << (32 - len);
    return ((addr ^ (ip as number)) & m) === 0;
  }
  if (typeof ip !== 'bigint') return false;
  return ((addr ^ ip) & (maskOf(6, len) as bigint)) === 0n;
}

/** Compares two addresses of one family numerically. */
export function compareIp(a: Ip, b: Ip): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Formats an IPv4 address in dotted quad. */
export function formatIpv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Formats an IPv6 address as inet_ntop does (RFC 5952 compression, IPv4-mapped tail). */
export function formatIpv6(v: bigint): string {
  const words: number[] = [];
  for (let i = 7; i >= 0; i--) words.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  // glibc inet_ntop6: a leading zero run of exactly 6 words, or 5 then 0xffff, ends in dotted quad.
  const isMapped = words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff;
  const isCompat = words.slice(0, 6).every((w) => w === 0) && words[6] !== 0;
  if (isMapped || isCompat) {
    const tail = formatIpv4(Number(v & 0xffffffffn));
    return isMapped ? `::ffff:${tail}` : `::${tail}`;
  }
  // Longest run of zero words (length >= 2), first one on ties.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

/** Formats an address of either family. */
export function formatIp(ip: Ip): string {
  return typeof ip === 'number' ? formatIpv4(ip) : formatIpv6(ip);
}

/** Parses a strict dotted-quad IPv4 address (inet_pton), or null. */
export function parseIpv4Strict(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    if (p.length > 1 && p[0] === '0') return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n >>> 0;
}

/** Parses an IPv6 address as inet_pton(AF_INET6) does, or null. */
export function parseIpv6(s: string): bigint | null {
  if (s.length === 0 || s.length > 45) return null;
  let tailV4: number | null = null;
  let text = s;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.indexOf('.', lastColon) > 0) {
    tailV4 = parseIpv4Strict(text.slice(lastColon + 1));
    if (tailV4 === null) return null;
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = text.indexOf('::');
  if (dbl >= 0 && text.indexOf('::', dbl + 1) >= 0) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let words: number[];
  if (dbl >= 0) {
    const head = parseGroups(text.slice(0, dbl));
    const tail = parseGroups(text.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return null;
    words = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(text);
    if (!all || all.length !== 8) return null;
    words = all;
  }
  let v = 0n;
  for (const w of words) v = (v << 16n) | BigInt(w);
  if (tailV4 !== null) v = (v & ~0xffffffffn) | BigInt(tailV4);
  return v;
}

/** Key of a prefix for maps: stable and unique within a family. */
export function prefixKey(addr: Ip, len: number): string {
  return `${addr.toString(16)}/${len}`;
}

/** True for 127.0.0.0/8. */
export function isLoopback4(n: number): boolean {
  return n >>> 24 === 127;
}

/** True for 224.0.0.0/4. */
export function isMulticast4(n: number): boolean {
  return (n >>> 28) === 0xe;
}

/** True for 255.255.255.255. */
export function isLimitedBroadcast4(n: number): boolean {
  return n === 0xffffffff;
}

/** True for 224.0.0.0/24 (link-local multicast, ipv4_is_local_multicast). */
export function isLocalMulticast4(n: number): boolean {
  return (n >>> 8) === 0xe00000;
}

/** True for 169.254.0.0/16. */
export function isLinkLocal4(n: number): boolean {
  return (n >>> 16) === 0xa9fe;
}

/** True for ff00::/8. */
export function isMulticast6(v: bigint): boolean {
  return v >> 120n === 0xffn;
}

/** True for fe80::/10. */
export function isLinkLocal6(v: bigint): boolean {
  return v >> 118n === 0x3fan;
}

/** The IPv6 loopback ::1. */
export const IPV6_LOOPBACK = 1n;
