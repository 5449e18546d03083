import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { RuleAdder } from './rule-adder';

const SETUP = 'ip link add a0 type veth peer name a1\necho 100 isp >> /etc/iproute2/rt_tables';
const WORD = fc.constantFrom(
  'pref',
  '100',
  '101',
  '32766',
  'from',
  'to',
  'all',
  '10.0.0.0/8',
  '10.0.0.0/99',
  '2001:db8::/32',
  'lookup',
  'table',
  'isp',
  'main',
  'nosuch',
  '4294967296',
  'iif',
  'oif',
  'a0',
  'lo',
  'fwmark',
  '0x1/0xff',
  'not',
  'goto',
  'blackhole',
  'suppress_prefixlength',
  '0',
  'uidrange',
  '1000-2000',
  'ipproto',
  'tcp',
  'dport',
  '443',
  'tos',
  '0x10',
  'l3mdev',
  "a'0",
  'x;y',
  '$HOME',
  'proto',
  'static',
);

describe('RuleAdder', () => {
  for (const family of [4, 6] as const) {
    it(`adds IPv${family} rules as \`ip${family === 6 ? ' -6' : ''} rule add\` does on the command line`, () => {
      const ip = family === 6 ? 'ip -6' : 'ip';
      fc.assert(
        fc.property(fc.array(fc.array(WORD, { minLength: 1, maxLength: 8 }), { maxLength: 10 }), (rules) => {
          const a = createSession();
          const b = createSession();
          runScript(SETUP, a);
          runScript(SETUP, b);
          const adder = new RuleAdder(a, family);
          for (const words of rules) {
            const args = words.join(' ');
            const fast = adder.add(args);
            const shell = runScript(`${ip} rule add ${args}`, b)[0];
            if (fast === null) runScript(`${ip} rule add ${args}`, a);
            else
              expect({ status: fast.status, stderr: fast.stderr }).toEqual({
                status: shell.status,
                stderr: shell.stderr,
              });
          }
          const dumps = `${ip} -d rule show`;
          expect(runScript(dumps, a)[0].stdout).toBe(runScript(dumps, b)[0].stdout);
        }),
        { numRuns: 300 },
      );
    }, 120_000);
  }

  it('leaves every rule to the shell once a name database printed a warning', () => {
    const s = createSession();
    runScript('echo "broken line" >> /etc/iproute2/rt_tables', s);
    const adder = new RuleAdder(s, 4);
    const first = adder.add('pref 5 lookup 100');
    expect(first?.stderr).toMatch(/is corrupted/);
    expect(adder.add('pref 6 lookup 100')).toBeNull();
  });
});
