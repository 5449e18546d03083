import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TableUses } from './build-tables';
import { at } from './warnings';

/** The names the plain regex scan finds (what TableUses did before its shortcut), in order. */
function byRegex(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values)
    for (const m of v.matchAll(/\b(?:lookup|table) (\S+)/g))
      if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(m[1]) && !['local', 'main', 'default', 'unspec', '[l3mdev-table]'].includes(m[1]))
        out.push(m[1]);
  return out;
}

describe('TableUses', () => {
  it('finds the names the regex scan finds, shortcut or not (property)', () => {
    const word = fc.constantFrom('100', 'isp', 'main', '0x10', 'vpn', '100x', '10', '1', 'table', 'lookup', 'x\u00a0y', '');
    const value = fc
      .tuple(
        fc.constantFrom('1.2.3.0/24 via 10.0.1.2 dev a0 ', 'default dev a0 ', '1000: from all ', 'xx', ''),
        fc.constantFrom('table ', 'lookup ', 'table', 'xtable ', 'table\t', '_table ', ' table '),
        word,
        fc.constantFrom('', ' proto static', ' table 100', ' lookup 7', ' metric 5', '\ttable 3'),
      )
      .map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const uses = new TableUses();
        values.forEach((v, i) => uses.add(v, { loc: at('f', i + 1) }));
        expect(uses.list.map((u) => u.value)).toEqual(byRegex(values));
        const lines = uses.list.map((u) => u.loc.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });
});
