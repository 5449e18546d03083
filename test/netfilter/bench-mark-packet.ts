/**
 * Packets per second of markPacket (`npx tsx test/netfilter/bench-mark-packet.ts`): the empty
 * ruleset, the LARTC rule set, and a 50-rule chain where most packets reach the end.
 */
import {
  createNetfilter,
  iptablesMain,
  markPacket,
  type NetfilterState,
  type NfPacket,
} from '../../src/netfilter/index';

function nfWith(lines: string[]): NetfilterState {
  const nf = createNetfilter();
  for (const l of lines) iptablesMain(nf, 4, l.split(' '), { out() {}, err() {}, exit() {} });
  return nf;
}

const N = 2_000_000;
const packets: NfPacket[] = Array.from({ length: 1024 }, (_, i) => ({
  family: 4,
  src: (0x0a000000 + i) >>> 0,
  dst: (0xc0000200 + (i % 200)) >>> 0,
  proto: i % 3 === 0 ? 17 : 6,
  sport: 30000 + i,
  dport: [25, 80, 443, 53][i % 4],
  mark: 0,
}));

function bench(name: string, nf: NetfilterState | undefined): void {
  let sum = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) sum += markPacket(nf, 'OUTPUT', packets[i & 1023]).mark;
  const s = (performance.now() - t0) / 1000;
  console.log(`${name}: ${Math.round(N / s).toLocaleString('en')} packets/s (${sum})`);
}

bench('no netfilter state', undefined);
bench('empty mangle table', nfWith(['-t mangle -S']));
bench('LARTC (1 rule)', nfWith(['-t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1']));
bench(
  '50 rules',
  nfWith(
    Array.from(
      { length: 50 },
      (_, i) =>
        `-t mangle -A OUTPUT -s 10.${i}.0.0/16 -p tcp --dport ${1000 + i} -j MARK --set-mark ${i + 1}`,
    ),
  ),
);
