/**
 * iproute2's inet_prefix and its parsers from lib/utils.c (get_addr_1, get_prefix_1, get_addr,
 * get_prefix): the legacy IPv4 reader that takes `10.8` as 10.8.0.0, `default`/`all`/`any`,
 * IPv6 through inet_pton, and the exact fatal messages.
 */
import { AF_INET, AF_INET6, parseIpv6, type Ip } from '../engine/ip';
import { CommandExit, type CommandOutput } from './context';
import { plainDecimal, strtoul } from './strtoul';

/** AF_PACKET (`-0`, `-f link`). */
export const AF_PACKET = 17;

/** PREFIXLEN_SPECIFIED (utils.h): a `/LEN` (or `default`) was written. */
export const PREFIXLEN_SPECIFIED = 0x1;

/** An address or prefix as iproute2 holds it while building a request (struct inet_prefix). */
export interface InetPrefix {
  /** AF_UNSPEC (0), AF_INET (2) or AF_INET6 (10). */
  family: number;
  /** Bytes of address data to send: 4, 16, or 0 for `all`/`any` (nothing sent). */
  bytelen: number;
  /** Prefix length; -1 = address without length (get_addr), -2 = `default`/`all` before get_prefix. */
  bitlen: number;
  flags: number;
  /** The address (number for IPv4, bigint for IPv6; 0 when nothing was parsed). */
  addr: Ip;
}

/** af_bit_len(): 32, 128, or 0 for AF_UNSPEC. */
export function afBitLen(family: number): number {
  return family === AF_INET6 ? 128 : family === AF_INET ? 32 : 0;
}

/** family_name(): "inet", "inet6", ... as iproute2 names families in messages. */
export function familyName(family: number): string {
  if (family === AF_INET) return 'inet';
  if (family === AF_INET6) return 'inet6';
  if (family === AF_PACKET) return 'link';
  if (family === 28) return 'mpls';
  if (family === 7) return 'bridge';
  return '???';
}

/** family_name_verbose(): "any valid" for AF_UNSPEC. */
function familyNameVerbose(family: number): string {
  return family === 0 ? 'any valid' : familyName(family);
}

/**
 * get_addr_ipv4() for the common spelling: 1 to 4 dot-separated decimal parts of at most three
 * digits, no leading 0 (octal), each <= 255. Returns the address, or -1 when `cp` needs the
 * general reader (which may still accept it, or reject it). `start`/`end`: a part of `cp`;
 * `allFour`: also -1 when a part is missing (a dotted quad only).
 */
export function plainIpv4(cp: string, start = 0, end = cp.length, allFour = false): number {
  let acc = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = start; i < end; i++) {
    const c = cp.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return -1; // leading 0: octal
      if (++digits > 3) return -1;
      part = part * 10 + (c - 48);
    } else if (c === 46) {
      if (digits === 0 || part > 255 || parts === 3) return -1;
      acc = acc * 256 + part;
      parts++;
      part = 0;
      digits = 0;
    } else return -1;
  }
  if (digits === 0 || part > 255 || (allFour && parts !== 3)) return -1;
  acc = acc * 256 + part;
  parts++;
  // Missing parts are 0: the parts given are the leading bytes.
  return acc * 2 ** (8 * (4 - parts));
}

/** get_addr_ipv4(): up to four dot parts, each strtoul base 0 and <= 255; missing parts are 0. */
function getAddrIpv4(cp: string): number | null {
  const plain = plainIpv4(cp);
  if (plain >= 0) return plain;
  const bytes = [0, 0, 0, 0];
  let rest = cp;
  for (let i = 0; i < 4; i++) {
    const r = strtoul(rest, 0);
    if (r.value > 255n) return null; // bogus network value
    if (r.end === 0) return null; // no digits
    bytes[i] = Number(r.value);
    if (r.end === rest.length) break;
    if (i === 3 || rest[r.end] !== '.') return null; // extra characters
    rest = rest.slice(r.end + 1);
  }
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

/** get_addr_1(): parses an address of `family` (0 = any); null where C returns -1. */
export function getAddr1(name: string, family: number): InetPrefix | null {
  if (name === 'default') {
    const bytelen = afBitLen(family) / 8;
    return { family, bytelen, bitlen: -2, flags: PREFIXLEN_SPECIFIED, addr: family === AF_INET6 ? 0n : 0 };
  }
  if (name === 'all' || name === 'any') {
    return { family, bytelen: 0, bitlen: -2, flags: 0, addr: family === AF_INET6 ? 0n : 0 };
  }
  if (name.includes(':')) {
    if (family !== 0 && family !== AF_INET6) return null;
    const v = parseIpv6(name);
    if (v === null) return null;
    return { family: AF_INET6, bytelen: 16, bitlen: -1, flags: 0, addr: v };
  }
  if (family !== 0 && family !== AF_INET) return null;
  const v = getAddrIpv4(name);
  if (v === null) return null;
  return { family: AF_INET, bytelen: 4, bitlen: -1, flags: 0, addr: v };
}

/** mask2bits(): prefix length of a contiguous netmask, or -1. */
function mask2bits(mask: number): number {
  const host = ~mask >>> 0;
  if ((host & (host + 1)) >>> 0 !== 0) return -1;
  let bits = 0;
  for (let m = mask >>> 0; m; m = (m << 1) >>> 0) bits++;
  return bits;
}

/** get_netmask(): a number (base 0) or a dotted-quad netmask. */
function getNetmask(arg: string): number | null {
  const plain = plainDecimal(arg, 0);
  if (plain >= 0 && plain <= 0xffffffff) return plain;
  if (arg !== '') {
    const r = strtoul(arg, 0);
    if (r.end !== 0 && r.end === arg.length && !r.erange && r.value <= 0xffffffffn) return Number(r.value);
  }
  const a = getAddr1(arg, AF_INET);
  if (a && a.family === AF_INET) {
    const b = mask2bits(a.addr as number);
    if (b >= 0) return b;
  }
  return null;
}

/** get_prefix_1(): ADDR[/LEN] of `family`; `default`/`all` give length 0; null on error. */
export function getPrefix1(arg: string, family: number): InetPrefix | null {
  const slash = arg.indexOf('/');
  if (family === 0 || family === AF_INET) {
    // The common A.B.C.D[/LEN] (no keyword, no ':'), read without slicing or bigints.
    const v = plainIpv4(arg, 0, slash >= 0 ? slash : arg.length);
    if (v >= 0) {
      if (slash < 0) return { family: AF_INET, bytelen: 4, bitlen: 32, flags: 0, addr: v };
      const plen = plainDecimal(arg, 0, slash + 1);
      if (plen >= 0) {
        if (plen > 32) return null;
        return { family: AF_INET, bytelen: 4, bitlen: plen, flags: PREFIXLEN_SPECIFIED, addr: v };
      }
    }
  }
  const dst = getAddr1(slash >= 0 ? arg.slice(0, slash) : arg, family);
  if (!dst) return null;
  let bitlen = afBitLen(dst.family);
  let flags = 0;
  if (slash >= 0) {
    if (dst.bitlen === -2) return null;
    const plen = getNetmask(arg.slice(slash + 1));
    if (plen === null || plen > bitlen) return null;
    flags |= PREFIXLEN_SPECIFIED;
    bitlen = plen;
  } else if (dst.bitlen === -2) bitlen = 0;
  return { family: dst.family, bytelen: dst.bytelen, bitlen, flags: dst.flags | flags, addr: dst.addr };
}

function die(out: CommandOutput, text: string): never {
  out.err(text);
  out.exit(1);
  throw new CommandExit(1);
}

/** get_addr(): like get_addr_1 but fatal: `Error: inet address is expected rather than "X".` (exit 1). */
export function getAddr(out: CommandOutput, arg: string, family: number): InetPrefix {
  const a = getAddr1(arg, family);
  if (!a) die(out, `Error: ${familyNameVerbose(family)} address is expected rather than "${arg}".\n`);
  return a;
}

/** get_prefix(): like get_prefix_1 but fatal: `Error: any valid prefix is expected rather than "X".` (exit 1). */
export function getPrefix(out: CommandOutput, arg: string, family: number): InetPrefix {
  if (family === AF_PACKET) {
    die(out, `Error: "${arg}" may be inet prefix, but it is not allowed in this context.\n`);
  }
  const p = getPrefix1(arg, family);
  if (!p) die(out, `Error: ${familyNameVerbose(family)} prefix is expected rather than "${arg}".\n`);
  return p;
}

/** AF number of an ip(8) `-4`/`-6` option value (preferred_family). */
export function afOf(family: 0 | 4 | 6): number {
  return family === 4 ? AF_INET : family === 6 ? AF_INET6 : 0;
}

/** get_addr32(): an IPv4 address or exit 1 with `Error: an IP address is expected rather than "X"`. */
export function getAddr32(out: CommandOutput, name: string): number {
  const a = getAddr1(name, AF_INET);
  if (!a) die(out, `Error: an IP address is expected rather than "${name}"\n`);
  return a.addr as number;
}
