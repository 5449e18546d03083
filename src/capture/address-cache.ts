/**
 * Captures repeat a few addresses many times: their text (and, for IPv6, their BigInt) is made
 * once per address and kept in a fixed-size two-way table keyed by the address's bytes, so a
 * packet of a known address costs a hash and a compare, no BigInt arithmetic and no formatting.
 * The tables never grow: a scan of many addresses evicts older ones (memory stays flat however
 * large the file), and an evicted address is simply formatted again.
 */
import { formatIpv4, formatIpv6 } from '../engine/ip';

/** Slots of each table (a power of two). */
const SLOTS = 1 << 14;
const MASK = SLOTS - 1;

const keys4 = new Int32Array(SLOTS);
const text4: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

/** The dotted-quad text of the IPv4 address `addr` (as formatIpv4 gives it). */
export function ipv4Text(addr: number): string {
  const k = addr | 0;
  // Two-way: an address may sit in its slot or the slot's neighbour (slot ^ 1).
  const slot = (Math.imul(k, 0x9e3779b1) >>> 18) & MASK;
  const s = text4[slot];
  if (s !== undefined && keys4[slot] === k) return s;
  const other = slot ^ 1;
  const o = text4[other];
  if (o !== undefined && keys4[other] === k) return o;
  const t = formatIpv4(addr >>> 0);
  const at = s === undefined || o !== undefined ? slot : other;
  keys4[at] = k;
  text4[at] = t;
  return t;
}

const keys6 = new Int32Array(SLOTS * 4);
const text6: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const value6: bigint[] = new Array<bigint>(SLOTS).fill(0n);

const u32 = (b: Uint8Array, o: number) => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];

/** The slot of the 16 bytes at `at` in `b`, filled in (value and text) when it held another address. */
function slot6(b: Uint8Array, at: number): number {
  const w0 = u32(b, at);
  const w1 = u32(b, at + 4);
  const w2 = u32(b, at + 8);
  const w3 = u32(b, at + 12);
  const h = Math.imul(
    w0 ^ Math.imul(w1 ^ Math.imul(w2 ^ Math.imul(w3, 0x85ebca6b), 0xc2b2ae35), 0x27d4eb2f),
    0x9e3779b1,
  );
  const slot = (h >>> 18) & MASK;
  if (holds(slot, w0, w1, w2, w3)) return slot;
  // Two-way, as for IPv4: the neighbour slot, else a free one of the two.
  const other = slot ^ 1;
  if (holds(other, w0, w1, w2, w3)) return other;
  const to = text6[slot] === undefined || text6[other] !== undefined ? slot : other;
  const v =
    (BigInt(w0 >>> 0) << 96n) | (BigInt(w1 >>> 0) << 64n) | (BigInt(w2 >>> 0) << 32n) | BigInt(w3 >>> 0);
  const k = to * 4;
  keys6[k] = w0;
  keys6[k + 1] = w1;
  keys6[k + 2] = w2;
  keys6[k + 3] = w3;
  value6[to] = v;
  text6[to] = formatIpv6(v);
  return to;
}

function holds(slot: number, w0: number, w1: number, w2: number, w3: number): boolean {
  const k = slot * 4;
  return (
    text6[slot] !== undefined &&
    keys6[k] === w0 &&
    keys6[k + 1] === w1 &&
    keys6[k + 2] === w2 &&
    keys6[k + 3] === w3
  );
}

/**
 * The IPv6 address in the 16 bytes at `at` of `b`: its BigInt and its inet_ntop text, written to
 * `into` (read them before the next call: it may reuse the slot).
 */
export function ipv6At(b: Uint8Array, at: number, into: { value: bigint; text: string }): void {
  const slot = slot6(b, at);
  into.value = value6[slot];
  into.text = text6[slot]!;
}
