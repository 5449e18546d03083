/**
 * Fuzzing the importer (fast-check): random text, and recorded snapshot files mutated line by
 * line (lines dropped, duplicated, swapped, truncated, characters replaced). The importer must
 * never throw, and every warning must point inside its input. Random bytes (with and without
 * the magic of `ip rule save` / `ip route save` files) must not make it throw either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMachineState } from './index';

const DIR = fileURLToPath(new URL('../../test/import/roundtrip', import.meta.url));
const SNAPSHOTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.snapshot.txt'))
  .slice(0, 6)
  .map((f) => readFileSync(`${DIR}/${f}`, 'utf8'))
  // Keep the fuzzed files small: the sysctl section alone is hundreds of lines.
  .map((t) =>
    t.replace(
      /(### rpdb-snapshot v1: sysctl -a\n)(?:net\..*\n){20,}/,
      (_, h: string) => `${h}net.ipv4.ip_forward = 1\nnet.ipv4.conf.all.rp_filter = 2\n`,
    ),
  );

const FRAGMENTS = [
  '0:\tfrom all lookup local',
  '32766:\tfrom all lookup main',
  '100:\tnot from 10.0.0.0/8 fwmark 0x1/0xff lookup 7',
  'default via 10.0.0.1 dev a0',
  '\tnexthop via 10.0.0.2 dev a0 weight 1',
  'local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1',
  '2: a0@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP',
  '    link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff',
  '    inet 10.0.0.1/24 brd 10.0.0.255 scope global a0',
  '    inet6 fe80::1/64 scope link',
  'net.ipv4.ip_forward = 1',
  '[RoutingPolicyRule]',
  'From=10.0.0.0/8',
  'ipv4.routing-rules: priority 5 table 100',
  '[{"priority":5,"src":"all","table":"7"}]',
  '[{"dst":"10.0.0.0/8","gateway":"10.0.0.1","dev":"a0"',
  '### rpdb-snapshot v1: ip rule show',
  '$ ip -6 route show table all',
  '100 vpn',
];

function checkResult(inputs: { name: string; text: string }[]): void {
  const r = importMachineState(inputs);
  expect(typeof r.script).toBe('string');
  for (const w of r.warnings) {
    const input = inputs.find((i) => i.name === w.file);
    expect(input).toBeDefined();
    const lines = (input as { text: string }).text.split('\n');
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(w.column).toBeGreaterThanOrEqual(1);
    expect(w.message.length).toBeGreaterThan(0);
  }
}

describe('importMachineState under fuzzing', () => {
  it('never throws on random lines made of dump fragments and noise, and locates its warnings', () => {
    const line = fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        checkResult([{ name: 'paste', text: lines.join('\n') }]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never throws on random bytes, with or without a save-file magic', () => {
    const magic = fc.constantFrom([], [0x86, 0x69, 0x70, 0x71], [0x24, 0x12, 0x31, 0x45]);
    fc.assert(
      fc.property(magic, fc.uint8Array({ maxLength: 200 }), (m, body) => {
        const bytes = new Uint8Array([...m, ...body]);
        const r = importMachineState([{ name: 'bin', bytes }]);
        for (const w of r.warnings) expect(w.file).toBe('bin');
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never throws on recorded snapshots with lines dropped, duplicated, swapped, cut or garbled', () => {
    const mutation = fc.record({
      kind: fc.constantFrom('drop', 'dup', 'swap', 'cut', 'garble'),
      at: fc.nat(),
      other: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: SNAPSHOTS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (which, muts) => {
          const lines = SNAPSHOTS[which].split('\n');
          for (const m of muts) {
            const i = m.at % lines.length;
            const j = m.other % lines.length;
            if (m.kind === 'drop') lines.splice(i, 1);
            else if (m.kind === 'dup') lines.splice(i, 0, lines[i]);
            else if (m.kind === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
            else if (m.kind === 'cut') lines[i] = lines[i].slice(0, m.other % (lines[i].length + 1));
            else
              lines[i] =
                lines[i].slice(0, j % (lines[i].length + 1)) +
                m.char +
                lines[i].slice((j % (lines[i].length + 1)) + 1);
            if (lines.length === 0) lines.push('');
          }
          checkResult([{ name: 'snap', text: lines.join('\n') }]);
        },
      ),
      { numRuns: 120 },
    );
  }, 300_000);
});
