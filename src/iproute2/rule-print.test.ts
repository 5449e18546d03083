import { describe, expect, it } from 'vitest';
import type { RuleMessage } from '../engine/netlink';
import { CommandOutput } from './context';
import { stockEtcFiles } from './etc-files';
import { IpPrinter } from './json-print';
import { Names } from './names';
import { printRule } from './rule-print';

const LOCAL: RuleMessage = {
  family: 2,
  dstLen: 0,
  srcLen: 0,
  tos: 0,
  table: 255,
  action: 1,
  flags: 0,
  attrs: { protocol: 2 },
};
const NOT_FROM: RuleMessage = {
  family: 2,
  dstLen: 0,
  srcLen: 8,
  tos: 0,
  table: 102,
  action: 1,
  flags: 2,
  attrs: { priority: 101, src: 0x0a000000, protocol: 0, suppressPrefixlen: 0xffffffff },
};

function print(
  msgs: RuleMessage[],
  opts: { json?: boolean; pretty?: boolean; color?: boolean; details?: number } = {},
): string {
  const out = new CommandOutput();
  const p = new IpPrinter(out, { json: !!opts.json, pretty: !!opts.pretty, color: !!opts.color });
  const names = new Names(stockEtcFiles());
  p.newJsonObj();
  for (const m of msgs) printRule(p, m, { names, details: opts.details ?? 0, numeric: false });
  p.deleteJsonObj();
  return out.stdout;
}

describe('printRule (print_rule)', () => {
  it('prints text lines as ip rule show does', () => {
    expect(print([LOCAL, NOT_FROM])).toBe(
      '0:\tfrom all lookup local\n101:\tnot from 10.0.0.0/8 lookup 102\n',
    );
  });
  it('prints the protocol only with -d when it is kernel or unspec', () => {
    expect(print([LOCAL, NOT_FROM], { details: 1 })).toBe(
      '0:\tfrom all lookup local proto kernel\n101:\tnot from 10.0.0.0/8 lookup 102 proto unspec\n',
    );
  });
  it('prints one JSON array with iproute2 key order and types', () => {
    expect(print([LOCAL, NOT_FROM], { json: true })).toBe(
      '[{"priority":0,"src":"all","table":"local"},{"priority":101,"not":null,"src":"10.0.0.0","srclen":8,"table":"102"}]\n',
    );
  });
  it('pretty-prints JSON with json_writer layout', () => {
    expect(print([LOCAL], { json: true, pretty: true })).toBe(
      '[ {\n        "priority": 0,\n        "src": "all",\n        "table": "local"\n    } ]\n',
    );
    expect(print([], { json: true, pretty: true })).toBe('[ ]\n');
  });
  it('colours addresses and interface names with -c', () => {
    const m: RuleMessage = { ...NOT_FROM, flags: 0, attrs: { ...NOT_FROM.attrs, iifname: 'lo' } };
    expect(print([m], { color: true })).toBe(
      '101:\tfrom \x1b[35m10.0.0.0\x1b[0m/8 iif \x1b[36mlo\x1b[0m lookup 102\n',
    );
  });
  it('prints fwmark masks, goto targets and odd actions', () => {
    const base = { ...LOCAL, table: 0, attrs: { priority: 5 } };
    expect(print([{ ...base, action: 2, flags: 4, attrs: { priority: 5, goto: 9 } }])).toBe(
      '5:\tfrom all goto 9 [unresolved]\n',
    );
    expect(print([{ ...base, action: 12 }])).toBe('5:\tfrom all 12\n');
    expect(print([{ ...base, table: 254, action: 10 }])).toBe('5:\tfrom all lookup main masquerade\n');
    expect(print([{ ...base, table: 7, attrs: { priority: 5, fwmark: 0, fwmask: 0xff00 } }])).toBe(
      '5:\tfrom all fwmark 0/0xff00 lookup 7\n',
    );
  });
});
