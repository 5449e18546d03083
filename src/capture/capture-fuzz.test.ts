import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptureReader } from './capture-reader';
import { FIXTURES } from './fixture-kit';

const DIR = join(__dirname, '../../test/capture-fixtures');
const files = FIXTURES.map((f) => new Uint8Array(readFileSync(join(DIR, f))));

/** Reads `bytes` in chunks of `size`; checks it ends with records and either success or an error. */
function readAll(bytes: Uint8Array, size: number) {
  const r = createCaptureReader();
  const records = [];
  const started = Date.now();
  for (let at = 0; at < bytes.length; at += size) records.push(...r.push(bytes.subarray(at, at + size)));
  records.push(...r.end());
  expect(Date.now() - started).toBeLessThan(10_000); // a hang, not a slow machine
  records.forEach((p, i) =>
    expect(p.index).toBeLessThanOrEqual(records.length + (r.error?.packet ?? 0) + i + 1),
  );
  if (r.error) {
    expect(typeof r.error.message).toBe('string');
    expect(r.error.offset).toBeGreaterThanOrEqual(0);
    expect(r.error.offset).toBeLessThanOrEqual(bytes.length);
  }
  return { records, error: r.error };
}

const magics = [
  Uint8Array.of(0xd4, 0xc3, 0xb2, 0xa1),
  Uint8Array.of(0xa1, 0xb2, 0x3c, 0x4d),
  Uint8Array.of(0x0a, 0x0d, 0x0d, 0x0a),
  new Uint8Array(0),
];

describe('fuzzing the reader', () => {
  it('never throws on random bytes, with or without a valid magic in front', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...magics),
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 512 }),
        (m, tail, size) => {
          const bytes = new Uint8Array(m.length + tail.length);
          bytes.set(m);
          bytes.set(tail, m.length);
          readAll(bytes, size);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated and cut fixtures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat()),
        fc.integer({ min: 1, max: 4096 }),
        (which, flips, cut, size) => {
          const bytes = files[which].slice(0, cut === null ? undefined : cut % (files[which].length + 1));
          for (const [pos, val] of flips) if (bytes.length) bytes[pos % bytes.length] = val;
          readAll(bytes, size);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws when only the packet bytes are damaged, and then reports no error', () => {
    // Flipping bytes after the 24-byte pcap header and record headers of a raw-IP capture
    // leaves the framing intact: every packet must still come out, decoded or skipped.
    const raw = files[FIXTURES.indexOf('raw.pcap')];
    const count = readAll(raw, raw.length).records.length;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        (flips) => {
          const bytes = raw.slice();
          const view = new DataView(bytes.buffer);
          const payload: number[] = [];
          for (let at = 24; at < bytes.length;) {
            const n = view.getUint32(at + 8, true);
            for (let i = 0; i < n; i++) payload.push(at + 16 + i);
            at += 16 + n;
          }
          for (const [p, v] of flips) bytes[payload[p % payload.length]] = v;
          const { records, error } = readAll(bytes, 64);
          expect(error).toBeNull();
          expect(records.length).toBe(count);
        },
      ),
      { numRuns: 300 },
    );
  });
});
