/**
 * The readers decode frames in place (decodeFrame over a chunk, addresses from the address
 * cache); decodePacket decodes a frame of its own. Both must give the same record for every
 * frame, well-formed or not, at any position in any chunk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv4, formatIpv6 } from '../engine/ip';
import { ipv4Text, ipv6At } from './address-cache';
import { decodeFrame, decodePacket, type FrameMeta } from './decode-packet';
import {
  LINKTYPE_ETHERNET,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_LOOP,
  LINKTYPE_NFLOG,
  LINKTYPE_NULL,
  LINKTYPE_RAW,
} from './link-types';
import { concat, ipv4, ipv6, ports } from './test-builders';

const LINK_TYPES = [
  LINKTYPE_ETHERNET,
  LINKTYPE_RAW,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_NULL,
  LINKTYPE_LOOP,
  LINKTYPE_NFLOG,
  12,
  147,
];

/** A link header for `type` in front of an IP packet (or random bytes, to reach odd paths). */
const frameArb = fc
  .record({
    link: fc.constantFrom(...LINK_TYPES),
    v6: fc.boolean(),
    proto: fc.constantFrom(1, 6, 17, 44, 47, 58, 0, 43, 60, 51, 50, 59, 132),
    tos: fc.integer({ min: 0, max: 255 }),
    frag: fc.constantFrom(0, 0x2000, 0x0001, 0x2010),
    sport: fc.integer({ min: 0, max: 65535 }),
    dport: fc.integer({ min: 0, max: 65535 }),
    vlans: fc.integer({ min: 0, max: 2 }),
    head: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    cut: fc.option(fc.nat()),
  })
  .map((r) => {
    const l4 = ports(r.sport, r.dport, 12);
    const ip = r.v6
      ? ipv6(r.proto, l4, { tclass: r.tos, flow: r.sport })
      : ipv4(r.proto, l4, { tos: r.tos, frag: r.frag });
    let head: Uint8Array;
    if (r.link === LINKTYPE_ETHERNET) {
      const tags = new Uint8Array(4 * r.vlans).map((_, i) => (i % 4 === 0 ? 0x81 : i % 4 === 2 ? 0 : 5));
      head = concat(new Uint8Array(12), tags, Uint8Array.of(r.v6 ? 0x86 : 0x08, r.v6 ? 0xdd : 0x00));
    } else if (r.link === LINKTYPE_LINUX_SLL)
      head = concat(
        r.head.slice(0, 14),
        new Uint8Array(14).slice(r.head.length),
        Uint8Array.of(r.v6 ? 0x86 : 0x08, r.v6 ? 0xdd : 0),
      );
    else if (r.link === LINKTYPE_LINUX_SLL2)
      head = concat(Uint8Array.of(r.v6 ? 0x86 : 0x08, r.v6 ? 0xdd : 0), new Uint8Array(18));
    else if (r.link === LINKTYPE_NULL || r.link === LINKTYPE_LOOP)
      head = Uint8Array.of(2, 0, 0, r.v6 ? 30 : 2);
    else if (r.link === LINKTYPE_NFLOG) head = r.head;
    else head = new Uint8Array(0);
    const frame = concat(head, ip);
    for (const [at, v] of r.flips) frame[at % frame.length] = v;
    return { link: r.link, frame: r.cut === null ? frame : frame.slice(0, r.cut % (frame.length + 1)) };
  });

const meta = (linkType: number, littleEndian: boolean, length: number): FrameMeta => ({
  index: 7,
  timestampNs: 1_700_000_000_000_000_123n,
  linkType,
  interface: { id: 0, name: 'eth0' },
  capturedLength: length,
  length,
  flagsDirection: 'inbound',
  littleEndian,
});

describe('decoding in place', () => {
  it('decodeFrame over a chunk gives what decodePacket gives over the frame alone', () => {
    fc.assert(
      fc.property(
        frameArb,
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.boolean(),
        ({ link, frame }, before, after, le) => {
          const chunk = concat(before, frame, after);
          const m = meta(link, le, frame.length);
          const alone = decodePacket(m, frame.slice());
          const inPlace = decodeFrame(m, chunk, before.length, before.length + frame.length);
          expect(inPlace).toEqual(alone);
          expect(JSON.stringify(inPlace, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).toBe(
            JSON.stringify(alone, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the address cache gives the formatted text and value, also for addresses sharing a slot', () => {
    const words = fc.constantFrom(0, 1, 0xffff, 0x20010db8, 0xfe800000, 0xff020000, 0xffffffff, 0x0a090002);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 0x0a090001, 0xcb007142)),
          {
            maxLength: 50,
          },
        ),
        fc.array(fc.tuple(words, fc.nat(), words, fc.integer({ min: 0, max: 0xffffffff })), {
          maxLength: 50,
        }),
        (v4, v6) => {
          for (const a of [...v4, ...v4]) expect(ipv4Text(a)).toBe(formatIpv4(a));
          const into = { value: 0n, text: '' };
          for (const ws of [...v6, ...v6]) {
            const b = new Uint8Array(20);
            const dv = new DataView(b.buffer);
            ws.forEach((w, i) => dv.setUint32(4 + 4 * i, w >>> 0));
            ipv6At(b, 4, into);
            const value = ws.reduce((acc, w) => (acc << 32n) | BigInt(w >>> 0), 0n);
            expect(into.value).toBe(value);
            expect(into.text).toBe(formatIpv6(value));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays right when far more addresses than slots evict each other', () => {
    const into = { value: 0n, text: '' };
    const b = new Uint8Array(16);
    const dv = new DataView(b.buffer);
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 70_000; i += 3) {
        const a = (0x0a000000 + i * 2654435761) >>> 0;
        expect(ipv4Text(a)).toBe(formatIpv4(a));
        dv.setUint32(0, 0xfd090000);
        dv.setUint32(12, a);
        ipv6At(b, 0, into);
        const v = (0xfd090000n << 96n) | BigInt(a);
        expect(into.value).toBe(v);
        expect(into.text).toBe(formatIpv6(v));
      }
  });
});
