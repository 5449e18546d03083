import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import type { RuleView } from '../worker/view-types';
import { emptyRuleForm, ruleFormCommand, ruleFormOf, type RuleForm } from './rule-form';

const rule = (pref: number, text: string, family: 4 | 6 = 4): RuleView => ({ family, index: 0, pref, text });

/** Runs `commands` on a fresh simulated host; returns the last command's record. */
function run(...commands: string[]) {
  const records = runScript(commands.join('\n'), createSession());
  return records[records.length - 1];
}

/** The rule `ip rule show` prints at `pref` after running `command`. */
function shown(command: string, pref: number, family: 4 | 6 = 4): RuleView {
  const out = run(command, `ip ${family === 6 ? '-6 ' : ''}rule show pref ${pref}`).stdout;
  return rule(pref, out.replace(/^\d+:\t/, '').trim(), family);
}

describe('ruleFormCommand', () => {
  it('builds ip rule add with selectors, action, modifiers and pref in order', () => {
    const f: RuleForm = {
      ...emptyRuleForm(6),
      not: true,
      from: '2001:db8::/32',
      fwmark: '0x1/0xff',
      table: '7',
      suppressPrefixlength: '0',
      pref: '9',
    };
    expect(ruleFormCommand(f)).toBe(
      'ip -6 rule add not from 2001:db8::/32 fwmark 0x1/0xff lookup 7 suppress_prefixlength 0 pref 9',
    );
  });

  it('writes bare actions, goto, and nat with its address', () => {
    expect(ruleFormCommand({ ...emptyRuleForm(), action: 'unreachable', to: '10.0.0.0/8' })).toBe(
      'ip rule add to 10.0.0.0/8 unreachable',
    );
    expect(ruleFormCommand({ ...emptyRuleForm(), action: 'goto', goto: '100', pref: '50' })).toBe(
      'ip rule add goto 100 pref 50',
    );
    expect(ruleFormCommand({ ...emptyRuleForm(), action: 'nat', nat: '192.0.2.1', pref: '60' })).toBe(
      'ip rule add nat 192.0.2.1 pref 60',
    );
    expect(ruleFormCommand({ ...emptyRuleForm(), action: 'nat' })).toBe('ip rule add nat');
  });

  it('writes realms, tun_id, ports, uidrange and protocol with their ip-rule keywords', () => {
    const f: RuleForm = {
      ...emptyRuleForm(),
      tunId: '5',
      uidrange: '1000-1999',
      ipproto: 'tcp',
      sport: '1024-2047',
      dport: '25',
      tos: '0x10',
      iif: 'eth0',
      oif: 'wg0',
      table: '100',
      realms: '1/2',
      suppressIfgroup: '7',
      protocol: 'static',
    };
    expect(ruleFormCommand(f)).toBe(
      'ip rule add tos 0x10 iif eth0 oif wg0 uidrange 1000-1999 ipproto tcp sport 1024-2047 dport 25 tun_id 5 lookup 100 realms 1/2 suppress_ifgroup 7 protocol static',
    );
  });

  it('trims what was typed and leaves out empty fields', () => {
    expect(ruleFormCommand({ ...emptyRuleForm(), from: '  10.0.0.0/8 ', table: ' ' })).toBe(
      'ip rule add from 10.0.0.0/8',
    );
  });
});

describe('ruleFormOf', () => {
  it('fills the form from a shown rule and gives back an equivalent command', () => {
    const f = ruleFormOf(
      rule(5270, 'not from all fwmark 0x80000/0xff0000 iif lo lookup 52 suppress_prefixlength 0'),
    );
    expect(f).toMatchObject({
      not: true,
      from: '',
      fwmark: '0x80000/0xff0000',
      iif: 'lo',
      table: '52',
      suppressPrefixlength: '0',
      pref: '5270',
    });
    expect(ruleFormCommand(f)).toBe(
      'ip rule add not fwmark 0x80000/0xff0000 iif lo lookup 52 suppress_prefixlength 0 pref 5270',
    );
  });

  it('reads a nat rule (shown as masquerade) back as the nat action', () => {
    const f = ruleFormOf(rule(100, 'from all lookup main masquerade'));
    expect(f).toMatchObject({ action: 'nat', nat: '0.0.0.0', table: '' });
  });

  const ROUND_TRIPS = [
    'ip rule add from 10.1.0.0/16 to 192.0.2.0/24 tos 0x10 fwmark 0x1/0xff lookup 100 realms 1/2 pref 100',
    'ip rule add iif eth0 uidrange 1000-1999 ipproto tcp sport 1024-2047 dport 25 lookup 100 pref 101',
    'ip rule add tun_id 5 lookup 100 suppress_prefixlength 0 suppress_ifgroup 7 protocol static pref 102',
    'ip rule add not oif lo prohibit pref 103',
    'ip rule add to 198.51.100.0/24 goto 32766 pref 104',
    'ip rule add dport 53 nop pref 105',
    'ip rule add nat 192.0.2.1 realms 3 pref 106',
    'ip -6 rule add from 2001:db8::/32 ipproto udp dport 443 blackhole pref 107',
  ];
  for (const command of ROUND_TRIPS)
    it(`a rule added with "${command}" reads back into a form that adds the same rule`, () => {
      const family = command.startsWith('ip -6') ? 6 : 4;
      const pref = Number(/pref (\d+)/.exec(command)![1]);
      expect(run(command).status).toBe(0);
      const first = shown(command, pref, family);
      expect(first.text).not.toBe('');
      const again = ruleFormCommand(ruleFormOf(first));
      expect(shown(again, pref, family)).toEqual(first);
    });
});
