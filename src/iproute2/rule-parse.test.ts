import { describe, expect, it } from 'vitest';
import { CommandExit, CommandOutput } from './context';
import { stockEtcFiles } from './etc-files';
import { Names } from './names';
import { parseRuleModify, type RuleRequest } from './rule-parse';

function parse(argv: string, cmd: 'add' | 'del' = 'add', family = 0): RuleRequest {
  const out = new CommandOutput();
  return parseRuleModify(new Names(stockEtcFiles()), out, cmd, argv.split(' ').filter(Boolean), family);
}

function failure(argv: string, cmd: 'add' | 'del' = 'add'): { status: number; stderr: string } {
  const out = new CommandOutput();
  try {
    parseRuleModify(new Names(stockEtcFiles()), out, cmd, argv.split(' ').filter(Boolean), 0);
  } catch (e) {
    if (!(e instanceof CommandExit)) throw e;
    return { status: e.status, stderr: out.stderr };
  }
  throw new Error('expected the parser to stop');
}

describe('parseRuleModify (iprule_modify)', () => {
  it('sends add with CREATE|EXCL, family inet and table main when nothing else is said', () => {
    const { msg, nlflags } = parse('from 10.0.0.0/8');
    expect(nlflags).toBe(0x1 | 0x400 | 0x200);
    expect(msg).toMatchObject({ family: 2, srcLen: 8, table: 254, action: 1, attrs: { src: 0x0a000000 } });
  });
  it('keeps the family unspecified for an IPv6 prefix without -6, so it is sent as inet', () => {
    expect(parse('from 2001:db8::/32 lookup 5').msg).toMatchObject({
      family: 2,
      srcLen: 32,
      attrs: { src: 0x20010db8n << 96n },
    });
  });
  it('puts tables below 256 in the header and larger ones in FRA_TABLE', () => {
    expect(parse('lookup 100').msg).toMatchObject({ table: 100, attrs: {} });
    expect(parse('lookup 1000').msg).toMatchObject({ table: 0, attrs: { table: 1000 } });
  });
  it('sends no address for `all`, and for `default` only when the family is known (-4)', () => {
    expect(parse('from all lookup 5').msg.attrs.src).toBeUndefined();
    expect(parse('from default lookup 5').msg.attrs.src).toBeUndefined();
    expect(parse('from default lookup 5', 'add', 2).msg).toMatchObject({ srcLen: 0, attrs: { src: 0 } });
  });
  it('maps route type names to actions and then leaves the table unset', () => {
    expect(parse('type unicast').msg).toMatchObject({ action: 1, table: 0 });
    expect(parse('b').msg).toMatchObject({ action: 3, table: 0 });
    expect(parse('prohibit').msg.action).toBe(8);
    expect(parse('g 60').msg).toMatchObject({ action: 2, attrs: { goto: 60 } });
    expect(parse('n').msg.action).toBe(3);
  });
  it('reads abbreviations in iproute2 keyword order: p is pref, t is tun_id, s is suppress_prefixlength', () => {
    expect(parse('p 5 t 7 s 0 lookup main').msg.attrs).toMatchObject({
      priority: 5,
      tunId: 7n,
      suppressPrefixlen: 0,
    });
  });
  it('reads dsfield values in hexadecimal and fwmark/mask in C notation', () => {
    expect(parse('tos 10 fwmark 0x10/0xf0 lookup 5').msg).toMatchObject({
      tos: 0x10,
      attrs: { fwmark: 16, fwmask: 240 },
    });
  });
  it('truncates port numbers to 16 bits and takes one port as a range of one', () => {
    expect(parse('sport 70000 dport 10-20 lookup 5').msg.attrs).toMatchObject({
      sportRange: { start: 4464, end: 4464 },
      dportRange: { start: 10, end: 20 },
    });
  });
  it('does not send an action or table for delete unless given', () => {
    const { msg, nlflags } = parse('pref 100', 'del');
    expect(nlflags).toBe(1);
    expect(msg).toMatchObject({ action: 0, table: 0, attrs: { priority: 100 } });
  });
  it('prints iproute2 errors with their exit statuses', () => {
    expect(failure('')).toEqual({ status: 1, stderr: '"ip rule add" requires arguments.\n' });
    expect(failure('', 'del')).toEqual({ status: 1, stderr: '"ip rule del" requires arguments.\n' });
    expect(failure('lookup foo')).toEqual({
      status: 255,
      stderr: 'Error: argument "foo" is wrong: invalid table ID\n\n',
    });
    expect(failure('dscp 4')).toEqual({
      status: 255,
      stderr: 'Error: argument "dscp" is wrong: Failed to parse rule type\n',
    });
    expect(failure('l3mdev lookup 5')).toEqual({
      status: 22,
      stderr: 'table can not be specified for l3mdev rules\n',
    });
    expect(failure('pref')).toEqual({
      status: 255,
      stderr: 'Command line is not complete. Try option "help"\n',
    });
    expect(failure('nat foo')).toEqual({
      status: 1,
      stderr: 'Warning: route NAT is deprecated\nError: an IP address is expected rather than "foo"\n',
    });
  });
});
