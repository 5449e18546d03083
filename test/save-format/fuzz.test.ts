/**
 * Fuzzing the save-file decoders with fast-check over mutated real files: random byte changes,
 * cuts, insertions and whole random files never throw, every error is located inside the file,
 * the messages before an error are kept, and a file that decodes re-encodes from its messages.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRouteSave, decodeRuleSave, type SaveFileIssue } from '../../src/import/save-format/index';
import { NlWriter, ROUTE_DUMP_MAGIC, RULE_DUMP_MAGIC } from '../../src/scenario/export-save-wire';
import { writeRouteMessage } from '../../src/scenario/export-save-route';
import { writeRuleMessage } from '../../src/scenario/export-save-rule';
import { RECORDED_DIR } from './scenarios';

const real = readdirSync(RECORDED_DIR)
  .filter((d) => !d.endsWith('.json'))
  .flatMap((d) =>
    ['real-rule4.bin', 'real-rule6.bin', 'real-route.bin'].map((f) => ({
      rule: f.includes('rule'),
      bytes: new Uint8Array(readFileSync(join(RECORDED_DIR, d, f))),
    })),
  )
  .filter((f) => f.bytes.length > 4);

/** A mutation of a byte array: set a byte, cut, insert, or overwrite a u16/u32 with an edge value. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), v: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), v: fc.constant(0) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), v: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    op: fc.constant('u16' as const),
    at: fc.nat(),
    v: fc.constantFrom(0, 1, 3, 4, 5, 8, 0xfff, 0xffff),
  }),
  fc.record({
    op: fc.constant('u32' as const),
    at: fc.nat(),
    v: fc.constantFrom(0, 15, 16, 17, 16384, 16385, 0x7fffffff, 0xffffffff),
  }),
);

function mutate(src: Uint8Array, muts: { op: string; at: number; v: number }[]): Uint8Array {
  let b = src.slice();
  for (const m of muts) {
    const at = b.length ? m.at % b.length : 0;
    if (m.op === 'set' && b.length) b[at] = m.v;
    else if (m.op === 'cut') b = b.slice(0, at);
    else if (m.op === 'insert') b = Uint8Array.from([...b.subarray(0, at), m.v, ...b.subarray(at)]);
    else if (m.op === 'u16' && at + 2 <= b.length) new DataView(b.buffer).setUint16(at, m.v, true);
    else if (m.op === 'u32' && at + 4 <= b.length) new DataView(b.buffer).setUint32(at, m.v >>> 0, true);
  }
  return b;
}

function located(e: SaveFileIssue | undefined, length: number): boolean {
  return e === undefined || (e.offset >= 0 && e.offset <= length && e.message >= 0 && e.text.length > 0);
}

describe('save-file decoders under fuzzing', () => {
  it('have real files to mutate', () => {
    expect(real.length).toBeGreaterThan(20);
  });

  it('never throw on mutated real files, locate every error and keep the messages before it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: real.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (i, muts) => {
          const bytes = mutate(real[i].bytes, muts);
          const d = real[i].rule
            ? decodeRuleSave(bytes, { commands: false })
            : decodeRouteSave(bytes, { commands: false });
          expect(located(d.error, bytes.length)).toBe(true);
          for (const w of d.warnings) expect(located(w, bytes.length)).toBe(true);
          if (d.error) expect(d.messages.length).toBeLessThanOrEqual(Math.max(0, d.error.message - 1));
          expect(d.ok).toBe(d.error === undefined);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throw on random bytes behind a valid magic, with commands too', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 300 }), (rule, tail) => {
        const w = new NlWriter();
        w.u32(rule ? RULE_DUMP_MAGIC : ROUTE_DUMP_MAGIC);
        w.bytes(tail);
        const bytes = w.finish();
        const d = rule ? decodeRuleSave(bytes) : decodeRouteSave(bytes);
        expect(located(d.error, bytes.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('re-encode what they decode from a mutated file to bytes that decode to the same messages', () => {
    const encode = (rule: boolean, messages: unknown[]) => {
      const w = new NlWriter();
      w.u32(rule ? RULE_DUMP_MAGIC : ROUTE_DUMP_MAGIC);
      for (const m of messages) {
        if (rule) writeRuleMessage(w, m as Parameters<typeof writeRuleMessage>[1]);
        else writeRouteMessage(w, m as Parameters<typeof writeRouteMessage>[1]);
      }
      return w.finish();
    };
    const decode = (rule: boolean, bytes: Uint8Array) =>
      rule ? decodeRuleSave(bytes, { commands: false }) : decodeRouteSave(bytes, { commands: false });
    fc.assert(
      fc.property(
        fc.nat({ max: real.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (i, muts) => {
          const { rule } = real[i];
          const d = decode(rule, mutate(real[i].bytes, muts));
          const once = encode(rule, d.messages);
          const again = decode(rule, once);
          expect(again.ok).toBe(true);
          expect(Buffer.from(encode(rule, again.messages))).toEqual(Buffer.from(once));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
