/** Draws the capture flow diagram with D3 (rects for nodes, linkHorizontal bands for links). */
import { linkHorizontal, select } from 'd3';
import type { CaptureFlow } from '../../state/capture-store';
import { layoutFlow, NODE_W, type FlowLinkBand, type FlowNodeBox } from './flow-layout';

const LABEL_W = 170;

/** Renders `flow` into `svg` (`width` × `height`); clicking a node calls `onPick` with its filter term. */
export function renderFlow(
  svg: SVGSVGElement,
  flow: CaptureFlow,
  width: number,
  height: number,
  onPick: (term: string) => void,
): void {
  const inner = Math.max(100, width - LABEL_W);
  const { nodes, links } = layoutFlow(flow, inner, height - 20);
  const root = select(svg)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
  const g = root
    .selectAll<SVGGElement, null>('g.flow-root')
    .data([null])
    .join('g')
    .attr('class', 'flow-root')
    .attr('transform', 'translate(4,10)');
  const band = linkHorizontal<FlowLinkBand, [number, number]>()
    .source((l) => [l.x0, l.y0])
    .target((l) => [l.x1, l.y1]);
  g.selectAll<SVGPathElement, FlowLinkBand>('path.flow-link')
    .data(links, (l) => `${l.source}>${l.target}`)
    .join('path')
    .attr('class', 'flow-link')
    .attr('d', (l) => band(l) ?? '')
    .attr('stroke-width', (l) => l.width)
    .attr('data-count', (l) => l.count)
    .selectAll('title')
    .data((l) => [l])
    .join('title')
    .text((l) => `${l.count} packets`);
  const node = g
    .selectAll<SVGGElement, FlowNodeBox>('g.flow-node')
    .data(nodes, (n) => n.id)
    .join('g')
    .attr('class', (n) => `flow-node col-${n.column}${isError(n) ? ' flow-error' : ''}`)
    .attr('transform', (n) => `translate(${n.x},${n.y})`)
    .attr('data-label', (n) => n.label)
    .attr('data-count', (n) => n.count)
    .on('click', (_, n) => n.term && onPick(n.term));
  node
    .selectAll('rect')
    .data((n) => [n])
    .join('rect')
    .attr('width', NODE_W)
    .attr('height', (n) => n.h);
  node
    .selectAll('text')
    .data((n) => [n])
    .join('text')
    .attr('x', NODE_W + 4)
    .attr('y', (n) => Math.min(n.h / 2, 12))
    .attr('dy', '0.35em')
    .text((n) => `${n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label} (${n.count})`);
  node
    .selectAll('title')
    .data((n) => [n])
    .join('title')
    .text((n) => `${n.label}: ${n.count} packets${n.term ? ' (click to filter)' : ''}`);
}

/** A verdict node that is no delivery (an error, a blackhole/unreachable/prohibit, a skipped packet). */
function isError(n: FlowNodeBox): boolean {
  return n.column === 3 && !/^(dev |local|broadcast|multicast)/.test(n.label);
}
