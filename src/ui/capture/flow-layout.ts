/**
 * The layout of the capture flow diagram (packets → rule → table → verdict), a Sankey-like
 * drawing made of plain D3 shapes: nodes stacked in four columns with heights proportional to
 * their packet counts, links as bands whose width is their count, attached at the nodes in order.
 * Pure geometry, so it is tested without a browser.
 */
import type { CaptureFlow } from '../../state/capture-store';

/** A node placed: its box. */
export interface FlowNodeBox {
  id: string;
  label: string;
  term: string;
  count: number;
  column: number;
  x: number;
  y: number;
  h: number;
}

/** A link placed: its band's centre line at both ends and its width. */
export interface FlowLinkBand {
  source: string;
  target: string;
  count: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
}

/** Node width and the gap between nodes of a column, in px. */
export const NODE_W = 12;
const GAP = 10;
const COLUMNS = 4;

/** Places `flow` in a `width` × `height` box. */
export function layoutFlow(
  flow: CaptureFlow,
  width: number,
  height: number,
): { nodes: FlowNodeBox[]; links: FlowLinkBand[] } {
  const byColumn: CaptureFlow['nodes'][number][][] = Array.from({ length: COLUMNS }, () => []);
  for (const n of flow.nodes) byColumn[n.column]?.push(n);
  for (const col of byColumn) col.sort((a, b) => b.count - a.count);
  const total = flow.nodes.find((n) => n.column === 0)?.count ?? 0;
  const maxNodes = Math.max(1, ...byColumn.map((c) => c.length));
  const k = total > 0 ? Math.max(0, height - GAP * (maxNodes - 1)) / total : 0;
  const step = (width - NODE_W) / (COLUMNS - 1);
  const nodes = new Map<string, FlowNodeBox>();
  byColumn.forEach((col, c) => {
    let y = 0;
    for (const n of col) {
      const h = Math.max(1, n.count * k);
      nodes.set(n.id, { ...n, x: c * step, y, h });
      y += h + GAP;
    }
  });
  const outAt = new Map<string, number>();
  const inAt = new Map<string, number>();
  const links: FlowLinkBand[] = [];
  const order = [...flow.links].sort((a, b) => (nodes.get(a.target)?.y ?? 0) - (nodes.get(b.target)?.y ?? 0));
  for (const l of order) {
    const s = nodes.get(l.source);
    const t = nodes.get(l.target);
    if (!s || !t) continue;
    const w = Math.max(1, l.count * k);
    const so = outAt.get(s.id) ?? 0;
    const ti = inAt.get(t.id) ?? 0;
    outAt.set(s.id, so + w);
    inAt.set(t.id, ti + w);
    links.push({ ...l, x0: s.x + NODE_W, y0: s.y + so + w / 2, x1: t.x, y1: t.y + ti + w / 2, width: w });
  }
  return { nodes: [...nodes.values()], links };
}
