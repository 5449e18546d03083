import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScript } from '../scenario/run-script';
import type { RouteItem } from './parse-routes';
import { locKey, Replay } from './replay';
import { routeLinesOf } from './route-dump-stream';
import type { Located, SourceLoc } from './types';
import { verifyRoutes } from './verify';
import { at, Warnings } from './warnings';

const SETUP = [
  'ip link add a0 type veth peer name a1',
  'ip link set a0 up',
  'ip addr add 10.0.1.1/24 dev a0',
  'ip route add 10.1.0.0/16 via 10.0.1.2 table 100',
  'ip route add 10.2.0.0/16 via 10.0.1.3 table 100',
  'ip route add 10.2.0.0/16 via 10.0.1.3 metric 5 table 100',
  'ip route add 10.3.0.0/16 via 10.0.1.4',
  'ip route add unreachable 10.4.0.0/16 table 101',
  'ip route add 10.5.0.0/16 nexthop via 10.0.1.2 nexthop via 10.0.1.3 table 101',
].join('\n');

/** compareLines as it was before the dump was streamed: the whole dump, a Map of counts. */
function reference(
  want: Located<string>[],
  got: string[],
  blockLoc: SourceLoc,
  failed: Set<string>,
  warnings: Warnings,
): void {
  const what = 'route';
  const left = new Map<string, number>();
  for (const g of got) left.set(g, (left.get(g) ?? 0) + 1);
  let missing = 0;
  for (const w of want) {
    const n = left.get(w.value) ?? 0;
    if (n > 0) {
      left.set(w.value, n - 1);
      continue;
    }
    missing++;
    if (!failed.has(locKey(w.loc))) warnings.add(w.loc, `${what} not rebuilt as shown: ${w.value}`);
  }
  const extra = [...left].flatMap(([l, n]) => Array<string>(n).fill(l));
  for (const e of extra.slice(0, 20))
    warnings.add(blockLoc, `the rebuilt machine also has this ${what}: ${e}`);
  if (extra.length > 20) warnings.add(blockLoc, `... and ${extra.length - 20} more ${what}s`);
  if (missing === 0 && extra.length === 0) {
    const i = want.findIndex((w, k) => w.value !== got[k]);
    if (i >= 0)
      warnings.add(want[i].loc, `${what} order differs from the input from here on (rebuilt: ${got[i]})`);
  }
}

describe('verifyRoutes', () => {
  it('warns as a comparison with the whole dump does, whatever the input lost, gained or reordered', () => {
    const replay = new Replay(new Warnings());
    runScript(SETUP, replay.session);
    const got = routeLinesOf(runScript('ip -4 route show table all', replay.session)[0].stdout);
    const edit = fc.record({
      kind: fc.constantFrom('drop', 'dup', 'swap', 'fake', 'move'),
      i: fc.nat(),
      j: fc.nat(),
      fake: fc.constantFrom(
        '10.9.0.0/16 via 10.0.1.2 dev a0',
        '10.1.0.0/16 via 10.0.1.2 dev a0 table 100 metric 1',
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 3 }), (edits, fails) => {
        const lines = [...got];
        for (const e of edits) {
          const i = e.i % (lines.length + 1);
          const j = e.j % Math.max(1, lines.length);
          if (e.kind === 'drop') lines.splice(i, 1);
          else if (e.kind === 'dup' && lines.length) lines.splice(i, 0, lines[j]);
          else if (e.kind === 'swap' && lines.length)
            [lines[i % lines.length], lines[j]] = [lines[j], lines[i % lines.length]];
          else if (e.kind === 'fake') lines.splice(i, 0, e.fake);
          else if (lines.length) lines.splice(i % lines.length, 0, ...lines.splice(j, 1));
        }
        const routes: Located<RouteItem>[] = lines.map((text, k) => ({
          value: { family: 4, text },
          loc: at('f', k + 2),
        }));
        replay.failed.clear();
        for (const f of fails) if (routes.length) replay.failed.add(locKey(routes[f % routes.length].loc));
        const mine = new Warnings();
        verifyRoutes(routes, 4, 'all', at('f', 1), replay, mine);
        const theirs = new Warnings();
        reference(
          routes.map((r) => ({ value: r.value.text, loc: r.loc })),
          got,
          at('f', 1),
          replay.failed,
          theirs,
        );
        expect(mine.list).toEqual(theirs.list);
      }),
      { numRuns: 500 },
    );
  });
});
