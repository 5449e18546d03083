import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureBytes } from './capture-reader';
import { concat, epb, hex, idb, ipv4, option, pcapFile, pcapngBlock, ports, shb } from './test-builders';
import { formatCaptureError, type CaptureResult } from './types';

const DIR = join(__dirname, '../../test/capture-fixtures');
const eth = new Uint8Array(readFileSync(join(DIR, 'eth.pcap')));
const errorOf = (r: CaptureResult) => (r.ok ? null : r.error);
const udp = ipv4(17, ports(1, 2));

describe('capture errors', () => {
  it('names the magic of a file that is neither pcap nor pcapng', () => {
    const r = readCaptureBytes(new TextEncoder().encode('GET / HTTP/1.1\r\n'));
    expect(errorOf(r)).toEqual({ message: 'not a pcap or pcapng file: magic 0x47455420', offset: 0 });
  });

  it('recognises a gzip-compressed capture and says to decompress it', () => {
    expect(errorOf(readCaptureBytes(hex('1f8b0800 00000000')))?.message).toMatch(/gzip-compressed/);
  });

  it('locates a pcap cut inside a record and keeps the packets before it', () => {
    const r = readCaptureBytes(eth.slice(0, 24 + 16 + 42 + 16 + 10));
    expect(r.records.map((p) => p.index)).toEqual([1]);
    expect(formatCaptureError(errorOf(r)!)).toBe(
      'at byte 82 (packet 2): file ends inside a record: 26 bytes left, needs the 42 bytes of packet data',
    );
  });

  it('locates a corrupt pcap record length', () => {
    const f = pcapFile(101, [udp, udp]);
    new DataView(f.buffer).setUint32(24 + 16 + udp.length + 8, 0x7fffffff, true);
    const r = readCaptureBytes(f);
    expect(r.records).toHaveLength(1);
    expect(errorOf(r)).toMatchObject({ offset: 24 + 16 + udp.length, packet: 2 });
    expect(errorOf(r)?.message).toMatch(/record length 2147483647/);
  });

  it('locates a pcapng block whose trailing length disagrees', () => {
    const good = epb(0, 1n, udp);
    const bad = epb(0, 2n, udp);
    new DataView(bad.buffer).setUint32(bad.length - 4, 4, true);
    const head = concat(shb(), idb(101, 'wg0'));
    const r = readCaptureBytes(concat(head, good, bad));
    expect(r.records).toHaveLength(1);
    expect(formatCaptureError(errorOf(r)!)).toBe(
      `at byte ${head.length + good.length + bad.length - 4} (block EPB): trailing block length 4 differs from ${bad.length}`,
    );
  });

  it('locates a packet that names an interface the section does not have', () => {
    const head = concat(shb(), idb(101, 'wg0'));
    const r = readCaptureBytes(concat(head, epb(3, 1n, udp)));
    expect(errorOf(r)).toEqual({
      message: 'packet refers to interface 3, the section has 1',
      offset: head.length + 8,
      block: 'EPB',
      packet: 1,
    });
  });

  it('rejects a pcapng whose byte-order magic is wrong, at the magic', () => {
    const s = shb();
    s.set(hex('01020304'), 8);
    expect(errorOf(readCaptureBytes(s))).toMatchObject({ offset: 8, block: 'SHB' });
  });

  it('reports a block length that is not a multiple of 4 at its length field', () => {
    const b = pcapngBlock(6, new Uint8Array(20));
    new DataView(b.buffer).setUint32(4, 30, true);
    const head = concat(shb(), idb(1, 'eth0'));
    expect(formatCaptureError(errorOf(readCaptureBytes(concat(head, b)))!)).toBe(
      `at byte ${head.length + 4} (packet 1, block EPB): bad block length 30`,
    );
  });

  it('reports an option running past its block', () => {
    const i = idb(1, 'eth0');
    new DataView(i.buffer).setUint16(16 + 2, 200, true);
    expect(errorOf(readCaptureBytes(concat(shb(), i)))?.message).toBe(
      'option 2 of length 200 runs past the block',
    );
  });

  it('treats a packet shorter than its headers as truncated, not as an error', () => {
    const r = readCaptureBytes(pcapFile(1, [hex('ffffffffffff 0200000000')]));
    expect(r.ok).toBe(true);
    expect(r.records[0].truncated).toBe('Ethernet header');
  });

  it('says which block a pcapng ends inside', () => {
    const f = concat(shb(), idb(101, 'wg0'), epb(0, 1n, udp));
    const r = readCaptureBytes(f.slice(0, f.length - 3));
    expect(errorOf(r)).toMatchObject({ block: 'EPB', packet: 1 });
    expect(errorOf(r)?.message).toMatch(/file ends inside a block/);
  });

  it('reads if_tsresol in powers of two and of ten exactly', () => {
    const f = concat(
      shb(),
      idb(101, 'a', 9),
      epb(0, 1_700_000_000_123_456_789n, udp),
      shb(false),
      idb(101, 'b', 0x80 | 20, false),
      epb(0, 3n << 19n, udp, false),
    );
    const r = readCaptureBytes(f);
    expect(r.records.map((p) => p.timestampNs)).toEqual([1_700_000_000_123_456_789n, 1_500_000_000n]);
    expect(r.records.map((p) => p.interface.name)).toEqual(['a', 'b']);
  });

  it('reads the direction and comments of an EPB from epb_flags and opt_comment', () => {
    const opts = concat(
      option(2, hex('02000000')),
      option(
        1,
        Uint8Array.from('hi', (c) => c.charCodeAt(0)),
      ),
      new Uint8Array(4),
    );
    const r = readCaptureBytes(concat(shb(), idb(101, 'wg0'), epb(0, 1n, udp, true, opts)));
    expect(r.records[0]).toMatchObject({
      direction: { flagsDirection: 'outbound' },
      comments: ['hi'],
      dport: 2,
    });
  });

  it('applies if_tsoffset and reads if_description', () => {
    const off = new DataView(new ArrayBuffer(8));
    off.setBigInt64(0, 100n, true);
    const text = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0));
    const extra = concat(option(3, text('uplink to ISP A')), option(14, new Uint8Array(off.buffer)));
    const r = readCaptureBytes(concat(shb(), idb(101, 'wan0', 0, true, extra), epb(0, 5n, udp)));
    expect(r.records[0].interface).toEqual({ id: 0, name: 'wan0', description: 'uplink to ISP A' });
    expect(r.records[0].timestampNs).toBe(105_000_000_000n);
  });
});
