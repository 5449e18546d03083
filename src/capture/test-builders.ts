/**
 * Test support: tiny writers of pcap and pcapng files and of IP packets, for the cases no real
 * tool here produces (the error paths, SCTP, AH, the DLT_RAW aliases). The recorded fixtures in
 * test/capture-fixtures are the real-tool evidence; these only reach the corners.
 */

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  return concatAll(parts);
}

/** Concatenates a list of byte arrays of any length (no spread into call arguments). */
export function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes from a hex string (spaces ignored). */
export function hex(s: string): Uint8Array {
  const t = s.replace(/\s+/g, '');
  return Uint8Array.from({ length: t.length / 2 }, (_, i) => parseInt(t.slice(i * 2, i * 2 + 2), 16));
}

/** A classic pcap file of `packets` with link type `linkType`. */
export function pcapFile(
  linkType: number,
  packets: Uint8Array[],
  opts: { le?: boolean; nano?: boolean } = {},
): Uint8Array {
  const le = opts.le ?? true;
  const h = new DataView(new ArrayBuffer(24));
  h.setUint32(0, opts.nano ? 0xa1b23c4d : 0xa1b2c3d4, le);
  h.setUint16(4, 2, le);
  h.setUint16(6, 4, le);
  h.setUint32(16, 262144, le);
  h.setUint32(20, linkType, le);
  const recs = packets.map((p, i) => {
    const r = new DataView(new ArrayBuffer(16));
    r.setUint32(0, 1_700_000_000 + i, le);
    r.setUint32(4, 500, le);
    r.setUint32(8, p.length, le);
    r.setUint32(12, p.length, le);
    return concat(new Uint8Array(r.buffer), p);
  });
  return concatAll([new Uint8Array(h.buffer), ...recs]);
}

/** One pcapng block of `type` with `body` (padded), in byte order `le`. */
export function pcapngBlock(type: number, body: Uint8Array, le = true): Uint8Array {
  const padded = concat(body, new Uint8Array((4 - (body.length % 4)) % 4));
  const len = padded.length + 12;
  const head = new DataView(new ArrayBuffer(8));
  head.setUint32(0, type, le);
  head.setUint32(4, len, le);
  const tail = new DataView(new ArrayBuffer(4));
  tail.setUint32(0, len, le);
  return concat(new Uint8Array(head.buffer), padded, new Uint8Array(tail.buffer));
}

/** A Section Header Block. */
export function shb(le = true): Uint8Array {
  const b = new DataView(new ArrayBuffer(16));
  b.setUint32(0, 0x1a2b3c4d, le);
  b.setUint16(4, 1, le);
  b.setBigInt64(8, -1n, le);
  return pcapngBlock(0x0a0d0d0a, new Uint8Array(b.buffer), le);
}

/** An Interface Description Block with an if_name, an optional if_tsresol and more options. */
export function idb(
  linkType: number,
  name: string,
  tsresol?: number,
  le = true,
  extra?: Uint8Array,
): Uint8Array {
  const b = new DataView(new ArrayBuffer(8));
  b.setUint16(0, linkType, le);
  b.setUint32(4, 0, le);
  const opts: Uint8Array[] = [
    option(
      2,
      Uint8Array.from(name, (c) => c.charCodeAt(0)),
      le,
    ),
  ];
  if (tsresol !== undefined) opts.push(option(9, Uint8Array.of(tsresol), le));
  if (extra) opts.push(extra);
  opts.push(new Uint8Array(4));
  return pcapngBlock(1, concat(new Uint8Array(b.buffer), ...opts), le);
}

/** An Enhanced Packet Block on interface `iface` at timestamp `ts` (interface units). */
export function epb(
  iface: number,
  ts: bigint,
  data: Uint8Array,
  le = true,
  options?: Uint8Array,
): Uint8Array {
  const b = new DataView(new ArrayBuffer(20));
  b.setUint32(0, iface, le);
  b.setUint32(4, Number(ts >> 32n), le);
  b.setUint32(8, Number(ts & 0xffffffffn), le);
  b.setUint32(12, data.length, le);
  b.setUint32(16, data.length, le);
  const pad = new Uint8Array((4 - (data.length % 4)) % 4);
  return pcapngBlock(6, concat(new Uint8Array(b.buffer), data, pad, options ?? new Uint8Array(0)), le);
}

/** One pcapng option, padded to 32 bits. */
export function option(code: number, value: Uint8Array, le = true): Uint8Array {
  const h = new DataView(new ArrayBuffer(4));
  h.setUint16(0, code, le);
  h.setUint16(2, value.length, le);
  return concat(new Uint8Array(h.buffer), value, new Uint8Array((4 - (value.length % 4)) % 4));
}

/** An IPv4 header (no checksum: nothing here checks it) followed by `payload`. */
export function ipv4(
  proto: number,
  payload: Uint8Array,
  o: { tos?: number; frag?: number; options?: Uint8Array } = {},
): Uint8Array {
  const opt = o.options ?? new Uint8Array(0);
  const ihl = 20 + opt.length;
  const h = new DataView(new ArrayBuffer(20));
  h.setUint8(0, 0x40 | (ihl / 4));
  h.setUint8(1, o.tos ?? 0);
  h.setUint16(2, ihl + payload.length);
  h.setUint16(6, o.frag ?? 0);
  h.setUint8(8, 64);
  h.setUint8(9, proto);
  h.setUint32(12, 0x0a000001);
  h.setUint32(16, 0x0a000002);
  return concat(new Uint8Array(h.buffer), opt, payload);
}

/** An IPv6 header 2001:db8::1 → 2001:db8::2 with first next header `next`, then `payload`. */
export function ipv6(
  next: number,
  payload: Uint8Array,
  o: { tclass?: number; flow?: number } = {},
): Uint8Array {
  const h = new DataView(new ArrayBuffer(40));
  h.setUint32(0, (6 << 28) | ((o.tclass ?? 0) << 20) | (o.flow ?? 0));
  h.setUint16(4, payload.length);
  h.setUint8(6, next);
  h.setUint8(7, 64);
  h.setUint32(8, 0x20010db8);
  h.setUint32(20, 1);
  h.setUint32(24, 0x20010db8);
  h.setUint32(36, 2);
  return concat(new Uint8Array(h.buffer), payload);
}

/** Source and destination ports followed by zeros up to `len` bytes. */
export function ports(sport: number, dport: number, len = 8): Uint8Array {
  const b = new DataView(new ArrayBuffer(len));
  b.setUint16(0, sport);
  b.setUint16(2, dport);
  return new Uint8Array(b.buffer);
}
