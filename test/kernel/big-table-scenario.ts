/**
 * A scenario made of one big routing table, the shape of a full BGP table or a VPN's route list:
 * two veth pairs, a named table, then `routes` random IPv4 prefixes (an Internet-like length mix)
 * through gateways on both links, spread over four tables, some with a protocol, a metric or a
 * preferred source, some appended behind a route of the same prefix. The snapshot round trip of
 * such a namespace (live-snapshot.ts --big N) checks the importer's bulk path and the dump order
 * of large tables against the kernel.
 */
import { Rng } from './seeded-rng';

/** Prefix lengths by weight, roughly as in a full Internet table. */
const LENGTHS: readonly (readonly [number, number])[] = [
  [8, 1],
  [12, 2],
  [16, 6],
  [19, 6],
  [20, 8],
  [22, 14],
  [23, 10],
  [24, 50],
  [28, 2],
  [32, 3],
];

/** A random public-looking prefix (not 0/8, 10/8, 127/8 or 224/3), as ip writes it. */
function prefix(rng: Rng): [number, number] {
  for (;;) {
    const len = rng.weighted(LENGTHS);
    const a = rng.int(0, 0xffffffff);
    const top = a >>> 24;
    if (top === 0 || top === 10 || top === 127 || top >= 224) continue;
    return [len === 32 ? a >>> 0 : (a & (0xffffffff << (32 - len))) >>> 0, len];
  }
}

function text([a, len]: [number, number]): string {
  const q = [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');
  return len === 32 ? q : `${q}/${len}`;
}

/** The script of a big-table scenario of `routes` routes (about: duplicates are skipped). */
export function generateBigTable(seed: number, routes: number): string {
  const rng = new Rng(seed);
  const lines = [
    'ip link add a0 type veth peer name a1',
    'ip link add b0 type veth peer name b1',
    'ip link set a0 up',
    'ip link set a1 up',
    'ip link set b0 up',
    'ip link set b1 up',
    'ip addr add 10.0.1.1/24 dev a0',
    'ip addr add 10.0.2.1/24 dev b0',
    'echo 200 isp >> /etc/iproute2/rt_tables',
  ];
  const seen = new Set<string>();
  const added: string[] = [];
  for (let i = 0; i < routes; i++) {
    const table = rng.pick(['', ' table 100', ' table isp', ' table 300']);
    // Now and then a second route for a prefix already added: its chain grows behind the first.
    const again = added.length > 0 && rng.chance(0.03);
    const p = again ? rng.pick(added) : text(prefix(rng));
    const dev = rng.chance(0.5) ? 'a0' : 'b0';
    const gw = `10.0.${dev === 'a0' ? 1 : 2}.${rng.int(2, 40)}`;
    let words = `${p} via ${gw}`;
    if (rng.chance(0.8)) words += ` dev ${dev}`;
    words += again ? '' : table;
    if (rng.chance(0.2)) words += rng.pick([' proto static', ' proto 99', ' proto kernel']);
    if (rng.chance(0.05)) words += ` src ${dev === 'a0' ? '10.0.1.1' : '10.0.2.1'}`;
    const metric = again || rng.chance(0.1) ? ` metric ${rng.int(1, 500)}` : '';
    const key = `${p}|${again ? 'x' : table}|${metric}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!again && table === '') added.push(p);
    lines.push(`ip route ${again ? 'append' : 'add'} ${words}${metric}`);
  }
  return `${lines.join('\n')}\n`;
}
