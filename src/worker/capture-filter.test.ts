import { describe, expect, it } from 'vitest';
import type { PacketRecord } from '../capture/types';
import { CaptureColumns } from './capture-columns';
import { compileFilter, splitTerms } from './capture-filter';
import { filterRows } from './capture-query';

function cols(): CaptureColumns {
  const c = new CaptureColumns();
  const base = { timestampNs: 0n, linkType: 1, interface: {}, direction: {}, capturedLength: 60, length: 60 };
  const add = (
    index: number,
    src: string,
    dst: string,
    proto: number,
    dport: number,
    verdict: string,
    rule: number | null,
  ) =>
    c.push(
      { ...base, index, src, dst, proto, sport: 1000, dport } as PacketRecord,
      { index, query: `${dst} from ${src}`, verdict, rule, direction: 'input', mark: 0 },
      'eth0',
    );
  add(1, '10.0.0.1', '192.0.2.1', 6, 25, 'dev ppp0', 100);
  add(2, '10.0.0.2', '192.0.2.1', 17, 53, 'dev eth0', 32766);
  add(3, '10.0.0.1', '198.51.100.1', 6, 443, 'unreachable', null);
  return c;
}
const rowsOf = (text: string) => [...filterRows(cols(), text).rows];

describe('the packet filter', () => {
  it('splitTerms keeps quoted words together', () => {
    expect(splitTerms('verdict:"dev eth0" tcp')).toEqual(['verdict:"dev eth0"', 'tcp']);
  });
  it('field:value terms match one column exactly, all terms must match', () => {
    expect(rowsOf('proto:tcp')).toEqual([0, 2]);
    expect(rowsOf('proto:tcp dport:25')).toEqual([0]);
    expect(rowsOf('verdict:"dev eth0"')).toEqual([1]);
    expect(rowsOf('rule:none')).toEqual([2]);
    expect(rowsOf('port:53')).toEqual([1]);
    expect(rowsOf('addr:10.0.0.1')).toEqual([0, 2]);
  });
  it('a bare word matches as a substring of the text columns', () => {
    expect(rowsOf('198.51')).toEqual([2]);
    expect(rowsOf('ppp')).toEqual([0]);
  });
  it('a bad term is an error that names it, and the filter then keeps every row', () => {
    const c = cols();
    expect(compileFilter('proto:nosuch', c)).toEqual({ ok: false, error: 'proto:nosuch: unknown protocol' });
    expect(filterRows(c, 'mark:x').error).toBe('mark:x: not a number');
    expect(filterRows(c, 'mark:x').rows.length).toBe(3);
  });
});
