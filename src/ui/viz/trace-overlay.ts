/**
 * The D3 layer drawn over the rule list: goto arcs in the left gutter and the packet, which
 * moves from rule to rule as the trace is stepped. Positions come from the rows' layout (measured
 * by the caller), so this module knows nothing of React and can be driven by any list.
 */
import { easeCubicOut, select, transition } from 'd3';

/** Vertical extent of one rule row inside the list. */
export interface RowBox {
  y: number;
  h: number;
}

/** A goto arc: rule indices, and whether the packet took it at the current step. */
export interface GotoArc {
  from: number;
  to: number;
  unresolved: boolean;
  taken: boolean;
}

/** The packet: at a rule row (index) with its state there; null hides it. */
export interface PacketMark {
  row: number;
  state: 'testing' | 'matched' | 'nomatch' | 'passed' | 'decided';
}

/** Gutter width in pixels. */
export const GUTTER = 30;

/** Arc path in the gutter from one row's middle to another's, bulging left with the distance. */
export function arcPath(a: RowBox, b: RowBox): string {
  const y1 = a.y + a.h / 2;
  const y2 = b.y + b.h / 2;
  const bulge = Math.max(2, GUTTER - 6 - Math.min(GUTTER - 8, Math.abs(y2 - y1) / 12));
  return `M${GUTTER - 2},${y1} C${bulge - GUTTER + 6},${y1} ${bulge - GUTTER + 6},${y2} ${GUTTER - 2},${y2}`;
}

/** Draws arcs and the packet into `svg`; the packet glides to its row in `durationMs`. */
export function renderOverlay(
  svg: SVGSVGElement,
  rows: readonly RowBox[],
  height: number,
  arcs: readonly GotoArc[],
  packet: PacketMark | null,
  durationMs: number,
): void {
  const root = select(svg).attr('width', GUTTER).attr('height', height);
  const valid = arcs.filter((a) => rows[a.from] && (a.unresolved || rows[a.to]));
  root
    .selectAll<SVGPathElement, GotoArc>('path.goto-arc')
    .data(valid, (a) => `${a.from}-${a.to}`)
    .join('path')
    .attr('class', (a) => `goto-arc${a.taken ? ' taken' : ''}${a.unresolved ? ' unresolved' : ''}`)
    .attr('d', (a) =>
      a.unresolved
        ? `M${GUTTER - 2},${rows[a.from].y + rows[a.from].h / 2} h-12 v${Math.min(40, height - rows[a.from].y)}`
        : arcPath(rows[a.from], rows[a.to]),
    );
  const dot = root
    .selectAll<SVGCircleElement, PacketMark>('circle.packet')
    .data(packet && rows[packet.row] ? [packet] : [])
    .join((enter) =>
      enter
        .append('circle')
        .attr('class', 'packet')
        .attr('r', 7)
        .attr('cx', 0)
        .attr('cy', 0)
        .style('transform', (p) => `translate(${GUTTER - 10}px, ${rows[p.row].y + rows[p.row].h / 2}px)`),
    );
  const at = (p: PacketMark) => `translate(${GUTTER - 10}px, ${rows[p.row].y + rows[p.row].h / 2}px)`;
  dot.attr('data-state', (p) => p.state);
  // No time to glide (fast playback, reduced motion, snapshots): jump, and stop any glide under way.
  if (durationMs <= 0) {
    dot.interrupt().style('transform', at);
    return;
  }
  // Using d3's `transition` export (not only selection.transition) keeps d3-transition, which
  // patches the selection prototype, in the bundle: d3 declares itself free of side effects.
  const glide = transition().duration(durationMs).ease(easeCubicOut);
  // A CSS transform moves the packet on the compositor: no repaint of the tall overlay.
  dot.transition(glide).style('transform', at);
}
