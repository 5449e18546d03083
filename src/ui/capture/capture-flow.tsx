/** The D3 flow diagram of the filtered packets: packets → rule → table → device or error. */
import { useEffect, useRef } from 'react';
import { useCaptureStore } from './capture-context';
import { renderFlow } from './flow-render';

/** The flow diagram; clicking a node filters the table to it. */
export function CaptureFlowDiagram() {
  const flow = useCaptureStore((s) => s.summary?.flow);
  const setFilter = useCaptureStore((s) => s.setFilter);
  const svg = useRef<SVGSVGElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!svg.current || !box.current || !flow) return;
    const width = Math.max(480, box.current.clientWidth);
    renderFlow(svg.current, flow, width, 260, (term) => void setFilter(term));
  }, [flow, setFilter]);
  return (
    <div className="capture-flow" ref={box}>
      <svg ref={svg} data-testid="capture-flow" role="img" aria-label="Packets by rule, table and verdict" />
    </div>
  );
}
