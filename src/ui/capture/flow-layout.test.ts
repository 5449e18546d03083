import { describe, expect, it } from 'vitest';
import { layoutFlow } from './flow-layout';

const flow = {
  nodes: [
    { id: 'packets', column: 0, label: 'packets', count: 10, term: '' },
    { id: 'r100', column: 1, label: 'pref 100', count: 7, term: 'rule:100' },
    { id: 'r32766', column: 1, label: 'pref 32766', count: 3, term: 'rule:32766' },
    { id: 't1', column: 2, label: 'table main', count: 10, term: 'table:main' },
    { id: 'v1', column: 3, label: 'dev eth0', count: 10, term: 'verdict:"dev eth0"' },
  ],
  links: [
    { source: 'packets', target: 'r100', count: 7 },
    { source: 'packets', target: 'r32766', count: 3 },
    { source: 'r100', target: 't1', count: 7 },
    { source: 'r32766', target: 't1', count: 3 },
    { source: 't1', target: 'v1', count: 10 },
  ],
};

describe('layoutFlow', () => {
  const { nodes, links } = layoutFlow(flow, 400, 210);
  const node = (id: string) => nodes.find((n) => n.id === id)!;
  it('sizes nodes by packet count and stacks a column largest first', () => {
    expect(node('r100').h / node('r32766').h).toBeCloseTo(7 / 3);
    expect(node('r100').y).toBeLessThan(node('r32766').y);
    expect(node('packets').h).toBeCloseTo(node('r100').h + node('r32766').h);
  });
  it('puts the four stages in columns from left to right', () => {
    expect(['packets', 'r100', 't1', 'v1'].map((id) => node(id).x)).toEqual(
      [...['packets', 'r100', 't1', 'v1'].map((id) => node(id).x)].sort((a, b) => a - b),
    );
  });
  it('gives each link a band as wide as its count, and the bands leaving a node fill it', () => {
    const out = links.filter((l) => l.source === 'packets');
    expect(out.reduce((n, l) => n + l.width, 0)).toBeCloseTo(node('packets').h);
    expect(out[0].width / out[1].width).toBeCloseTo(7 / 3);
  });
});
