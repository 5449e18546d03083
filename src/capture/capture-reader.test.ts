import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptureReader, readCaptureBytes } from './capture-reader';
import { FIXTURES } from './fixture-kit';
import { readCapture } from './read-capture';
import type { CaptureResult } from './types';

const DIR = join(__dirname, '../../test/capture-fixtures');
const files = Object.fromEntries(FIXTURES.map((f) => [f, new Uint8Array(readFileSync(join(DIR, f)))]));

/** Feeds `bytes` cut after each size in `sizes` (cycling) and collects the outcome. */
function readInChunks(bytes: Uint8Array, sizes: number[]): CaptureResult {
  const r = createCaptureReader();
  const records = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length]);
    records.push(...r.push(bytes.slice(at, at + n)));
    at += n;
  }
  records.push(...r.end());
  return r.error ? { ok: false, records, error: r.error } : { ok: true, records, format: r.format! };
}

async function* chunksOf(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

describe('createCaptureReader', () => {
  it('gives identical records for 1-byte, 7-byte and whole-file chunks of every fixture', () => {
    for (const name of FIXTURES) {
      const whole = readCaptureBytes(files[name]);
      expect(readInChunks(files[name], [1]), name).toEqual(whole);
      expect(readInChunks(files[name], [7]), name).toEqual(whole);
    }
  });

  it('gives identical records for any way of cutting a file into chunks (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 20 }),
        (name, sizes) => {
          expect(readInChunks(files[name], sizes)).toEqual(readCaptureBytes(files[name]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('returns each packet from the push that completes it, not later', () => {
    const r = createCaptureReader();
    const bytes = files['eth.pcap'];
    // 24-byte header + 16-byte record header + 42-byte ARP request = the first packet.
    expect(r.push(bytes.slice(0, 81))).toEqual([]);
    expect(r.push(bytes.slice(81, 82)).map((p) => p.index)).toEqual([1]);
  });

  it('keeps no packet bytes: records hold no reference to the chunks', () => {
    const res = readCaptureBytes(files['nflog.pcap']);
    const json = JSON.stringify(res.records, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    expect(json).not.toMatch(/Uint8Array|"0":/);
  });
});

describe('readCapture', () => {
  it('reports progress in bytes and packets after every chunk', async () => {
    const seen: { bytes: number; packets: number }[] = [];
    const res = await readCapture(chunksOf(files['sll2.pcap'], 4096), { onProgress: (p) => seen.push(p) });
    expect(res.ok).toBe(true);
    expect(seen.at(-1)).toEqual({ bytes: files['sll2.pcap'].length, packets: res.records.length });
    expect(seen.map((p) => p.bytes)).toEqual([...seen.map((p) => p.bytes)].sort((a, b) => a - b));
  });

  it('stops at an aborted signal and keeps the packets read before it', async () => {
    const ctl = new AbortController();
    let chunks = 0;
    async function* slow() {
      for await (const c of chunksOf(files['eth.pcap'], 1000)) {
        if (++chunks === 4) ctl.abort();
        yield c;
      }
    }
    const res = await readCapture(slow(), { signal: ctl.signal });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toEqual({ message: 'reading was aborted', offset: 3000 });
    expect(res.records.length).toBeGreaterThan(0);
  });

  it('hands records to onRecords instead of collecting them when asked', async () => {
    let n = 0;
    const res = await readCapture(chunksOf(files['multi.pcapng'], 100), {
      onRecords: (r) => (n += r.length),
    });
    expect(res.records).toEqual([]);
    expect(n).toBe(readCaptureBytes(files['multi.pcapng']).records.length);
  });
});
