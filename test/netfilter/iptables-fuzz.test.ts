/**
 * Fuzzing iptables/ip6tables command lines (fast-check): random lines from the option grammar and
 * mutations of the corpus' own lines. No exception escapes, every status is one iptables uses,
 * a rejected command leaves the netfilter state exactly as it was, and the state of a session
 * rebuilt from its exported iptables lines lists the same (`-S`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandOutput } from '../../src/iproute2/context';
import { createNetfilter, iptablesMain, saveRules, type NetfilterState } from '../../src/netfilter/index';

const dir = new URL('../kernel/corpus/netfilter/', import.meta.url);
const CORPUS = readdirSync(dir)
  .filter((f) => f.endsWith('.sh'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .filter((l) => /^(\/usr\/sbin\/)?ip6?tables /.test(l));

const WORDS = [
  '-t',
  'mangle',
  'nat',
  'filter',
  'raw',
  '-A',
  '-I',
  '-D',
  '-R',
  '-L',
  '-S',
  '-F',
  '-Z',
  '-N',
  '-X',
  '-P',
  '-E',
  '-C',
  'PREROUTING',
  'INPUT',
  'FORWARD',
  'OUTPUT',
  'POSTROUTING',
  'marks',
  'u',
  '1',
  '2',
  '0',
  '-1',
  '99',
  '-p',
  'tcp',
  'udp',
  'icmp',
  'icmpv6',
  'all',
  'sctp',
  '47',
  '--dport',
  '--sport',
  '25',
  '1024:65535',
  ':80',
  'smtp',
  '-s',
  '-d',
  '10.0.0.0/8',
  '1.2.3.4',
  '2001:db8::/32',
  '0/0',
  '-i',
  '-o',
  'eth0',
  'eth+',
  '!',
  '-m',
  'mark',
  '--mark',
  '0x1/0xff',
  'multiport',
  '--dports',
  '25,465',
  '-j',
  '-g',
  'MARK',
  '--set-mark',
  '--set-xmark',
  '--and-mark',
  '--or-mark',
  '--xor-mark',
  'CONNMARK',
  '--save-mark',
  '--restore-mark',
  '--nfmask',
  '--ctmask',
  '--mask',
  'ACCEPT',
  'DROP',
  'RETURN',
  'DNAT',
  '--to-destination',
  '10.0.0.5:80',
  'SNAT',
  '--to-source',
  'MASQUERADE',
  '--to-ports',
  'REDIRECT',
  '-n',
  '-v',
  '-x',
  '--line-numbers',
  '-f',
  '--icmp-type',
  'echo-request',
  '--table=nat',
  '--append',
  '-V',
  '',
  '-',
  '--',
  'x y',
];

function snapshot(nf: NetfilterState): string {
  return JSON.stringify(nf, (_k, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
  );
}

function run(nf: NetfilterState, family: 4 | 6, argv: string[]): CommandOutput {
  const out = new CommandOutput();
  iptablesMain(nf, family, argv, out);
  return out;
}

/** Seeds a state from the corpus lines that succeed, so mutations act on non-empty tables. */
function seeded(): NetfilterState {
  const nf = createNetfilter();
  for (const l of CORPUS.slice(0, 60)) {
    const words = l.split(' ');
    run(nf, words[0].endsWith('ip6tables') ? 6 : 4, words.slice(1));
  }
  return nf;
}

const argvArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
  fc
    .tuple(
      fc.constantFrom(...CORPUS),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.oneof(fc.constantFrom(...WORDS), fc.string())), {
        maxLength: 3,
      }),
    )
    .map(([line, edits]) => {
      const w = line.split(' ').slice(1);
      for (const [at, op, word] of edits) {
        const i = w.length === 0 ? 0 : at % w.length;
        if (op === 0) w.splice(i, 1);
        else if (op === 1) w.splice(i, 0, word);
        else if (op === 2) w[i] = word;
        else w.splice(i, 0, w[i] ?? word);
      }
      return w;
    }),
);

describe('iptables fuzz', () => {
  it('never throws, uses iptables statuses, and a rejected command changes nothing', () => {
    const base = seeded();
    fc.assert(
      fc.property(argvArb, fc.boolean(), (argv, v6) => {
        const nf = createNetfilter();
        for (const l of saveRules(base)) {
          const w = l.split(' ');
          run(nf, w[0] === 'ip6tables' ? 6 : 4, w.slice(1));
        }
        const before = snapshot(nf);
        const out = run(nf, v6 ? 6 : 4, argv);
        expect([0, 1, 2, 3, 4]).toContain(out.status);
        if (out.status !== 0) {
          expect(snapshot(nf)).toBe(before);
          expect(out.stderr).not.toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('rebuilds the same tables from the exported iptables lines', () => {
    fc.assert(
      fc.property(fc.array(argvArb, { maxLength: 12 }), (lines) => {
        const nf = createNetfilter();
        for (const argv of lines) run(nf, 4, argv);
        const copy = createNetfilter();
        for (const l of saveRules(nf)) {
          const w = l.split(' ');
          expect(run(copy, w[0] === 'ip6tables' ? 6 : 4, w.slice(1)).stderr).toBe('');
        }
        for (const t of ['filter', 'mangle', 'nat'])
          for (const fam of [4, 6] as const)
            expect(run(copy, fam, ['-t', t, '-S']).stdout).toBe(run(nf, fam, ['-t', t, '-S']).stdout);
      }),
      { numRuns: 500 },
    );
  });
});
