/**
 * Snapshot tests of the D3 overlay without a browser, in the manner of observablehq/plot's
 * test/plot-snapshot.js: render into a DOM (linkedom), normalise the SVG (attributes sorted,
 * numbers rounded, one element per line) and compare it with the stored file in snapshots/. A
 * missing snapshot is written and the test fails, so a new one is always looked at once.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderOverlay, type GotoArc, type PacketMark, type RowBox } from './trace-overlay';

const DIR = new URL('./snapshots/', import.meta.url);

/** Rows of a list: `n` rows of 24 px, the third twice as tall (a wrapped rule). */
function rows(n: number): RowBox[] {
  const out: RowBox[] = [];
  let y = 0;
  for (let i = 0; i < n; i++) {
    const h = i === 2 ? 48 : 24;
    out.push({ y, h });
    y += h;
  }
  return out;
}

/** The SVG an overlay renders, normalised for comparison. */
function render(r: RowBox[], arcs: GotoArc[], packet: PacketMark | null): string {
  const { document } = parseHTML('<!doctype html><html><body><svg></svg></body></html>');
  const svg = document.querySelector('svg') as unknown as SVGSVGElement;
  const height = r.length ? r[r.length - 1].y + r[r.length - 1].h : 0;
  renderOverlay(svg, r, height, arcs, packet, 0);
  return normalise(svg as unknown as Element);
}

/** One element per line, attributes sorted, numbers rounded to 2 decimals. */
export function normalise(el: Element, depth = 0): string {
  const round = (v: string) => v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
  const attrs = [...el.attributes]
    .map((a) => `${a.name}="${round(a.value)}"`)
    .sort()
    .join(' ');
  const pad = '  '.repeat(depth);
  const open = `${pad}<${el.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}`;
  const kids = [...el.children];
  if (kids.length === 0) return `${open}/>`;
  return [
    `${open}>`,
    ...kids.map((k) => normalise(k, depth + 1)),
    `${pad}</${el.tagName.toLowerCase()}>`,
  ].join('\n');
}

/** Compares `svg` with snapshots/NAME.svg, writing it (and failing) when it is missing. */
function expectSnapshot(name: string, svg: string): void {
  const file = new URL(`${name}.svg`, DIR);
  if (!existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, `${svg}\n`);
    throw new Error(`snapshot ${name}.svg was missing: written, look at it and run again`);
  }
  expect(`${svg}\n`).toBe(readFileSync(file, 'utf8'));
}

describe('renderOverlay snapshots', () => {
  it('draws the packet on the row it tests, in its state', () => {
    expectSnapshot('packet-testing', render(rows(5), [], { row: 3, state: 'testing' }));
  });

  it('draws goto arcs, the taken one marked, an unresolved one as a stub', () => {
    const arcs: GotoArc[] = [
      { from: 0, to: 4, unresolved: false, taken: true },
      { from: 1, to: 2, unresolved: false, taken: false },
      { from: 3, to: -1, unresolved: true, taken: false },
    ];
    expectSnapshot('goto-arcs', render(rows(6), arcs, { row: 4, state: 'decided' }));
  });

  it('draws nothing for an empty list and hides the packet without a row', () => {
    expectSnapshot(
      'empty',
      render([], [{ from: 0, to: 1, unresolved: false, taken: false }], { row: 0, state: 'testing' }),
    );
  });

  it('moves the one packet when rendered again at another row (no second packet)', () => {
    const { document } = parseHTML('<!doctype html><html><body><svg></svg></body></html>');
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    const r = rows(4);
    renderOverlay(svg, r, 120, [], { row: 0, state: 'testing' }, 0);
    renderOverlay(svg, r, 120, [], { row: 3, state: 'nomatch' }, 0);
    expectSnapshot('packet-moved', normalise(svg as unknown as Element));
    expect(normalise(svg as unknown as Element)).toBe(render(r, [], { row: 3, state: 'nomatch' }));
  });
});
