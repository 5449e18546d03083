import { describe, expect, it } from 'vitest';
import { stockEtcFiles } from './etc-files';
import { Names, getRtRealmsOrRaw, rtntypeA2n, rtntypeN2a } from './names';

function names(extra: Record<string, string> = {}, warnings: string[] = []): Names {
  const files = stockEtcFiles();
  for (const [k, v] of Object.entries(extra)) files.set(k, v);
  return new Names(files, (t) => warnings.push(t));
}

describe('Names', () => {
  it('tables have builtin names and numbers up to u32', () => {
    const n = names();
    expect(n.rttableA2n('main')).toBe(254);
    expect(n.rttableA2n('unspec')).toBe(0);
    expect(n.rttableA2n('4294967295')).toBe(4294967295);
    expect(n.rttableA2n('4294967296')).toBeNull();
    expect(n.rttableA2n('foo')).toBeNull();
    expect(n.rttableN2a(255)).toBe('local');
    expect(n.rttableN2a(100)).toBe('100');
  });
  it('tables come from rt_tables and rt_tables.d/*.conf, hex ids included', () => {
    const n = names({
      '/etc/iproute2/rt_tables': '0x64 vpn # comment\n',
      '/etc/iproute2/rt_tables.d/x.conf': '200\twifi\n',
      '/etc/iproute2/rt_tables.d/ignored.txt': '201\tnope\n',
    });
    expect(n.rttableA2n('vpn')).toBe(100);
    expect(n.rttableA2n('wifi')).toBe(200);
    expect(n.rttableA2n('nope')).toBeNull();
    expect(n.rttableN2a(100)).toBe('vpn');
  });
  it('the builtin main/local/default names work without any file', () => {
    const n = new Names(new Map());
    expect(n.rttableA2n('local')).toBe(255);
    expect(n.rttableN2a(253)).toBe('default');
  });
  it('a later line for the same table id wins in n2a', () => {
    const n = names({ '/etc/iproute2/rt_tables': '100 a\n100 b\n' });
    expect(n.rttableN2a(100)).toBe('b');
    expect(n.rttableA2n('a')).toBe(100);
  });
  it('a corrupted line is reported with the line itself and stops the file', () => {
    const w: string[] = [];
    const n = names({ '/etc/iproute2/rt_tables': '100 a\nbogus\n101 b\n' }, w);
    expect(n.rttableA2n('a')).toBe(100);
    expect(n.rttableA2n('b')).toBeNull();
    expect(w).toEqual(['Database /etc/iproute2/rt_tables is corrupted at bogus\n\n']);
  });
  it('dsfield values are hexadecimal and print as 0x%02x', () => {
    const n = names();
    expect(n.dsfieldA2n('10')).toBe(0x10);
    expect(n.dsfieldA2n('CS1')).toBe(0x20);
    expect(n.dsfieldA2n('100')).toBeNull();
    expect(n.dsfieldN2a(0x10)).toBe('0x10');
    expect(n.dsfieldN2a(0xb8)).toBe('EF');
  });
  it('protocols, scopes, realms and groups resolve both ways', () => {
    const n = names();
    expect(n.rtprotA2n('static')).toBe(4);
    expect(n.rtprotN2a(99)).toBe('openr');
    expect(n.rtprotN2a(77)).toBe('77');
    expect(n.rtscopeA2n('link')).toBe(253);
    expect(n.rtrealmN2a(0)).toBe('unknown'); // builtin name: the file is not read for it yet
    expect(n.rtrealmA2n('cosmos')).toBe(0);
    expect(n.rtrealmN2a(0)).toBe('cosmos'); // ...but once read, its name replaces the builtin
    expect(n.groupA2n('default')).toBe(0);
    expect(n.groupA2n('-1')).toBeNull();
    expect(n.groupN2a(5)).toBe('5');
  });
  it('realms take FROM/TO or a raw number', () => {
    const n = names();
    expect(getRtRealmsOrRaw(n, '1/2')).toBe(0x10002);
    expect(getRtRealmsOrRaw(n, '7')).toBe(7);
    expect(getRtRealmsOrRaw(n, '70000')).toBe(70000);
    expect(getRtRealmsOrRaw(n, 'x/y')).toBeNull();
  });
});

describe('route types', () => {
  it('rtnl_rtntype_a2n knows exact and abbreviated names in source order', () => {
    expect(rtntypeA2n('b')).toBe(3);
    expect(rtntypeA2n('brd')).toBe(3);
    expect(rtntypeA2n('u')).toBe(7);
    expect(rtntypeA2n('uni')).toBe(1);
    expect(rtntypeA2n('thr')).toBeNull();
    expect(rtntypeA2n('12')).toBe(12);
    expect(rtntypeA2n('256')).toBeNull();
  });
  it('rtnl_rtntype_n2a prints names and numbers', () => {
    expect(rtntypeN2a(9)).toBe('throw');
    expect(rtntypeN2a(12)).toBe('12');
  });
});
