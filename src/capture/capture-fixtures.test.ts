import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureBytes } from './capture-reader';
import { correctTshark, expectedFromTshark, FIXTURES, parseTsharkTsv, viewOfRecord } from './fixture-kit';

const DIR = join(__dirname, '../../test/capture-fixtures');

const tsv = (name: string) => parseTsharkTsv(readFileSync(join(DIR, `${name}.expected.tsv`), 'utf8'));
// sections.pcapng starts with multi.pcapng as its first section.
const FIRST_SECTION = tsv('multi.pcapng').length;

describe('the recorded fixtures', () => {
  for (const name of FIXTURES) {
    it(`${name} decodes to what tshark decodes, field by field`, () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, name)));
      const rows = tsv(name);
      const res = readCaptureBytes(bytes);
      expect(res.ok ? null : res.error).toBeNull();
      expect(res.records.length).toBe(rows.length);
      rows.forEach((row, i) => {
        expect({ frame: i + 1, ...viewOfRecord(res.records[i]) }).toEqual({
          frame: i + 1,
          ...expectedFromTshark(correctTshark(name, row, FIRST_SECTION)),
        });
      });
    });
  }

  it('nflog.pcap carries the mark 7 set by the mangle OUTPUT rule on every outgoing packet', () => {
    const res = readCaptureBytes(new Uint8Array(readFileSync(join(DIR, 'nflog.pcap'))));
    const out = res.records.filter((r) => r.direction.hook === 'output');
    expect(out.length).toBeGreaterThan(5);
    for (const r of out) expect(r.nflog).toMatchObject({ mark: 7, prefix: 'rpdb-out', group: 5 });
    expect(out.some((r) => r.nflog?.uid === 1234)).toBe(true);
  });

  it('sll2.pcap marks the packets this host sent with packet type 4 (outgoing)', () => {
    const res = readCaptureBytes(new Uint8Array(readFileSync(join(DIR, 'sll2.pcap'))));
    const sent = res.records.filter((r) => r.direction.packetType === 4);
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.every((r) => r.src === undefined || r.src.startsWith('10.77.2.1') || r.src.includes(':')),
    ).toBe(true);
  });

  it('eth.pcap gives ports to the first fragment only, as the kernel sees fragments', () => {
    const res = readCaptureBytes(new Uint8Array(readFileSync(join(DIR, 'eth.pcap'))));
    const frags = res.records.filter((r) => r.fragment && r.family === 4);
    expect(frags.length).toBeGreaterThanOrEqual(3);
    expect(frags[0]).toMatchObject({ fragment: { offset: 0, more: true }, dport: 5354 });
    expect(frags.slice(1).every((r) => r.dport === undefined)).toBe(true);
  });
});
