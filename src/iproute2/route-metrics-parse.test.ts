import { describe, expect, it } from 'vitest';
import { getTimeRtt } from './route-metrics-parse';

describe('getTimeRtt', () => {
  it('reads a bare number as raw milliseconds', () => {
    expect(getTimeRtt('20')).toEqual({ val: 20, raw: true });
  });

  it('reads ms and s units and marks them not raw', () => {
    expect(getTimeRtt('20ms')).toEqual({ val: 20, raw: false });
    expect(getTimeRtt('2s')).toEqual({ val: 2000, raw: false });
    expect(getTimeRtt('1.5SEC')).toEqual({ val: 1500, raw: false });
  });

  it('rejects unknown units, empty strings and negative decimals', () => {
    expect(getTimeRtt('3h')).toBeNull();
    expect(getTimeRtt('')).toBeNull();
    expect(getTimeRtt('-1.5')).toBeNull();
  });
});
