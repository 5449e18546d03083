/**
 * Typed reads of one attribute's payload, with the size checks of the kernel's netlink policies
 * (nla_validate: NLA_U8/U32/U64, exact-length structs, strings up to a maximum, addresses of the
 * family's size). A payload of the wrong size is reported with the attribute's name.
 */
import type { Ip } from '../../engine/ip';
import { ipFromBytes } from '../../scenario/export-save-wire';

/** What the reads need of an attribute: its payload. */
export interface RawAttrLike {
  payload: Uint8Array;
}

/** The result of one read: a value, or the sentence describing why the payload is wrong. */
export type AttrRead<T> = { ok: true; value: T } | { ok: false; text: string };

function bad(name: string, what: string, got: number): { ok: false; text: string } {
  return {
    ok: false,
    text: `${name}: ${what}, got ${got} byte${got === 1 ? '' : 's'} (Attribute failed policy validation)`,
  };
}

/** NLA_U8: at least one byte (the kernel reads the first). */
export function readU8(a: RawAttrLike, name: string): AttrRead<number> {
  if (a.payload.length < 1) return bad(name, 'expected 1 byte', a.payload.length);
  return { ok: true, value: a.payload[0] };
}

/** NLA_U16: at least two bytes, little-endian. */
export function readU16(a: RawAttrLike, name: string): AttrRead<number> {
  if (a.payload.length < 2) return bad(name, 'expected 2 bytes', a.payload.length);
  return { ok: true, value: a.payload[0] | (a.payload[1] << 8) };
}

/** NLA_U32: at least four bytes, little-endian. */
export function readU32(a: RawAttrLike, name: string): AttrRead<number> {
  if (a.payload.length < 4) return bad(name, 'expected 4 bytes', a.payload.length);
  const p = a.payload;
  return { ok: true, value: (p[0] | (p[1] << 8) | (p[2] << 16) | (p[3] << 24)) >>> 0 };
}

/** A big-endian u32 (flow labels). */
export function readBe32(a: RawAttrLike, name: string): AttrRead<number> {
  if (a.payload.length < 4) return bad(name, 'expected 4 bytes', a.payload.length);
  const p = a.payload;
  return { ok: true, value: ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0 };
}

/** NLA_U64 read as big-endian (FRA_TUN_ID is __be64). */
export function readBe64(a: RawAttrLike, name: string): AttrRead<bigint> {
  if (a.payload.length < 8) return bad(name, 'expected 8 bytes', a.payload.length);
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(a.payload[i]);
  return { ok: true, value: v };
}

/** An exact-length struct of two u32 (fib_rule_uid_range) or two u16 (fib_rule_port_range). */
export function readPair(
  a: RawAttrLike,
  name: string,
  width: 2 | 4,
): AttrRead<{ start: number; end: number }> {
  if (a.payload.length !== 2 * width) return bad(name, `expected ${2 * width} bytes`, a.payload.length);
  const v = new DataView(a.payload.buffer, a.payload.byteOffset, a.payload.byteLength);
  return width === 4
    ? { ok: true, value: { start: v.getUint32(0, true), end: v.getUint32(4, true) } }
    : { ok: true, value: { start: v.getUint16(0, true), end: v.getUint16(2, true) } };
}

/** NLA_STRING of at most `max` characters, read up to its first NUL. */
export function readString(a: RawAttrLike, name: string, max = 15): AttrRead<string> {
  const nul = a.payload.indexOf(0);
  const bytes = nul < 0 ? a.payload : a.payload.subarray(0, nul);
  if (bytes.length > max) return bad(name, `expected at most ${max} characters`, bytes.length);
  return { ok: true, value: String.fromCharCode(...bytes) };
}

/** An address of the message's family: 4 bytes for AF_INET, 16 for AF_INET6. */
export function readAddr(a: RawAttrLike, name: string, family: number): AttrRead<Ip> {
  const want = family === 2 ? 4 : 16;
  const p = a.payload;
  if (p.length < want) return bad(name, `expected ${want} bytes`, p.length);
  if (want === 4) return { ok: true, value: ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0 };
  return { ok: true, value: ipFromBytes(p.subarray(0, want))! };
}
