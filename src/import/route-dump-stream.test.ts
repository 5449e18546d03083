import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { importMachineState } from './index';
import { LineSink, routeLinesOf, streamRouteLines } from './route-dump-stream';

const DIR = fileURLToPath(new URL('../../test/import/roundtrip', import.meta.url));
const SNAPSHOTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.snapshot.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => readFileSync(`${DIR}/${f}`, 'utf8'));

/** The lines a LineSink given `parts` (written in that order, cut every `piece` characters) passes on. */
function sunk(parts: string[], piece: number): string[] {
  const got: string[] = [];
  const sink = new LineSink((l) => got.push(l), piece);
  for (const p of parts) sink.out(p);
  sink.flush(true);
  return got;
}

describe('streamRouteLines', () => {
  it('gives the lines of `ip route show` as the shell prints them, on recorded machines', () => {
    for (const snapshot of SNAPSHOTS) {
      const session = createSession();
      runScript(importMachineState([{ name: 's', text: snapshot }], { verify: false }).script, session);
      for (const [family, scope] of [
        [4, 'all'],
        [6, 'all'],
        [4, 'main'],
        [6, 'main'],
      ] as const) {
        const cmd = `ip -${family} route show${scope === 'all' ? ' table all' : ''}`;
        const want = routeLinesOf(runScript(cmd, session)[0].stdout);
        const got: string[] = [];
        streamRouteLines(session, family, scope, (l) => got.push(l));
        expect(got).toEqual(want);
        expect(got.length).toBeGreaterThan(0);
      }
    }
  });

  it('cuts its output anywhere without changing the lines (multipath routes, blank lines, odd spaces)', () => {
    const line = fc.constantFrom(
      '10.0.0.0/8 via 10.0.1.2 dev a0 ',
      'default proto static metric 20 ',
      '\tnexthop via 10.0.1.3 dev a0 weight 1 ',
      '\tnexthop via 10.0.1.4 dev a0 weight 2 ',
      '  nexthop dev a0',
      '',
      '   ',
      'nexthop via 1.2.3.4',
      '10.1.0.0/16  dev a0\t scope link ',
      ' 10.2.0.0/16 dev a0',
      'unreachable 10.3.0.0/16\u00a0metric 5',
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.array(fc.nat({ max: 40 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 64 }),
        (lines, cuts, piece) => {
          const text = lines.map((l) => `${l}\n`).join('');
          // The text written in pieces cut at the given places.
          const parts: string[] = [];
          let at = 0;
          for (const c of cuts) {
            parts.push(text.slice(at, at + c));
            at += c;
          }
          parts.push(text.slice(at));
          expect(sunk(parts, piece)).toEqual(routeLinesOf(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('passes route lines written whole straight on, in order with the text around them (property)', () => {
    // [text, true]: a regular route line given to outRouteLine; [text, false]: text cut in two.
    const part = fc.oneof(
      fc.tuple(fc.constantFrom('10.0.0.0/8 via 10.0.1.2 dev a0', 'default proto static metric 20', '1.2.3.4 dev a0 table 9'), fc.constant(true)),
      fc.tuple(
        fc.constantFrom(
          '1.2.3.0/24 dev a0 table x\u00a0 proto 9 \n',
          '1.2.3.0/24 dev a0  metric 5 \n',
          '\tnexthop via 10.0.1.3 dev a0 weight 1 \n',
          'nexthop via 1.2.3.4 \n',
          ' 10.2.0.0/16 dev a0 \n',
          '\n',
          'unreachable 10.3.0.0/16 ',
        ),
        fc.constant(false),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.nat({ max: 40 })), { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (parts, piece) => {
        const text = parts.map(([[t, line]]) => (line ? `${t} \n` : t)).join('');
        const got: string[] = [];
        const sink = new LineSink((l) => got.push(l), piece);
        for (const [[t, line], cut] of parts) {
          if (line) sink.outRouteLine(t);
          else if (cut === 0 || cut >= t.length) sink.out(t);
          else {
            sink.out(t.slice(0, cut));
            sink.out(t.slice(cut));
          }
        }
        sink.flush(true);
        expect(got).toEqual(routeLinesOf(text));
      }),
      { numRuns: 1000 },
    );
  });
});
