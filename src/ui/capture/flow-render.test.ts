import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderFlow } from './flow-render';

const flow = {
  nodes: [
    { id: 'packets', column: 0, label: 'packets', count: 4, term: '' },
    { id: 'r1', column: 1, label: 'pref 100', count: 3, term: 'rule:100' },
    { id: 'r2', column: 1, label: 'pref 400', count: 1, term: 'rule:400' },
    { id: 't1', column: 2, label: 'table 100', count: 3, term: 'table:100' },
    { id: 't0', column: 2, label: 'no table', count: 1, term: 'table:none' },
    { id: 'v1', column: 3, label: 'dev wan1', count: 3, term: 'verdict:"dev wan1"' },
    { id: 'v2', column: 3, label: 'prohibit', count: 1, term: 'verdict:prohibit' },
  ],
  links: [
    { source: 'packets', target: 'r1', count: 3 },
    { source: 'packets', target: 'r2', count: 1 },
    { source: 'r1', target: 't1', count: 3 },
    { source: 'r2', target: 't0', count: 1 },
    { source: 't1', target: 'v1', count: 3 },
    { source: 't0', target: 'v2', count: 1 },
  ],
};

function render(): SVGSVGElement {
  const { document } = parseHTML('<!doctype html><html><body><svg></svg></body></html>');
  const svg = document.querySelector('svg') as unknown as SVGSVGElement;
  renderFlow(svg, flow, 600, 260, () => undefined);
  return svg;
}

describe('renderFlow', () => {
  it('draws one node per stage value and one band per link, labelled with their counts', () => {
    const svg = render();
    const nodes = [...svg.querySelectorAll('g.flow-node')].map((n) => [
      n.getAttribute('data-label'),
      n.getAttribute('data-count'),
    ]);
    expect(nodes).toContainEqual(['prohibit', '1']);
    expect(nodes).toHaveLength(7);
    expect(svg.querySelectorAll('path.flow-link')).toHaveLength(6);
  });
  it('marks the verdicts that deliver nothing as errors', () => {
    const svg = render();
    const errors = [...svg.querySelectorAll('g.flow-error')].map((n) => n.getAttribute('data-label'));
    expect(errors).toEqual(['prohibit']);
  });
  it('draws again in place: a second render keeps one element per node', () => {
    const svg = render();
    renderFlow(svg, flow, 600, 260, () => undefined);
    expect(svg.querySelectorAll('g.flow-node')).toHaveLength(7);
  });
});
