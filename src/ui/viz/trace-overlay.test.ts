import { describe, expect, it } from 'vitest';
import { arcPath, GUTTER } from './trace-overlay';

describe('arcPath', () => {
  it("starts and ends at the rows' middles on the gutter edge", () => {
    const d = arcPath({ y: 0, h: 20 }, { y: 100, h: 20 });
    expect(d.startsWith(`M${GUTTER - 2},10 `)).toBe(true);
    expect(d.endsWith(` ${GUTTER - 2},110`)).toBe(true);
  });

  it('bulges further left the further it jumps', () => {
    const x = (d: string) => Number(/C(-?[\d.]+)/.exec(d)![1]);
    expect(x(arcPath({ y: 0, h: 20 }, { y: 400, h: 20 }))).toBeLessThan(
      x(arcPath({ y: 0, h: 20 }, { y: 40, h: 20 })),
    );
  });
});
