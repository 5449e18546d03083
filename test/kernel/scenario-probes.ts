/** The observations of a random scenario: dumps and `ip route get` probes. */
import { formatIpv4, formatIpv6, parseIpv4Strict, parseIpv6 } from '../../src/engine/ip';
import {
  Builder,
  PROBE_MARKS,
  V4_ANCHORS,
  V4_FOREIGN_SOURCES,
  V4_TOS,
  V6_ANCHORS,
  V6_FOREIGN_SOURCES,
} from './scenario-builder';

/** Emits the dumps: rules of both families, every table, and JSON forms. */
export function observe(b: Builder): void {
  const r = b.rng;
  b.emit('ip rule show');
  if (b.has('ipv6')) b.emit('ip -6 rule show');
  b.emit('ip route show table all');
  if (b.has('json')) {
    b.emit('ip -j rule show');
    if (b.has('ipv6') && r.chance(0.5)) b.emit('ip -j -6 rule show');
    if (r.chance(0.5)) b.emit('ip -j route show table all');
  }
}

/** An address to look up: inside a route's prefix most of the time, an anchor otherwise. */
function target(b: Builder, family: 4 | 6): string {
  const r = b.rng;
  const known = family === 4 ? b.v4Targets : b.v6Targets;
  if (known.length > 0 && r.chance(0.6)) {
    const dst = r.pick(known);
    if (dst === 'default') return family === 4 ? r.pick(V4_ANCHORS) : r.pick(V6_ANCHORS);
    const [addr, lenText] = dst.split('/');
    const len = lenText === undefined ? (family === 4 ? 32 : 128) : Number(lenText);
    if (family === 4) {
      const base = parseIpv4Strict(addr) as number;
      const host = len >= 32 ? 0 : r.int(1, Math.min(2 ** (32 - len) - 2, 250));
      return formatIpv4((base + Math.max(host, 0)) >>> 0);
    }
    const base = parseIpv6(addr) as bigint;
    return formatIpv6(len >= 128 ? base : base + BigInt(r.int(1, 250)));
  }
  if (family === 4)
    return r.weighted([
      [r.pick(V4_ANCHORS), 8],
      [r.pick(b.v4Local), 1],
      ['10.0.2.5', 1],
      ['127.0.0.1', 0.3],
    ]);
  return r.weighted([
    [r.pick(V6_ANCHORS), 8],
    [r.pick(b.v6Local), 1],
  ]);
}

/** Emits one `ip route get`: an output or input lookup, IPv4 or IPv6, text or JSON. */
export function probe(b: Builder): void {
  const r = b.rng;
  const family = b.has('ipv6') && r.chance(0.25) ? 6 : 4;
  const six = family === 6;
  const input = b.has('probe-input') && (!b.has('probe-output') || r.chance(0.3));
  const multipathOn = b.has('multipath');
  const words: string[] = [target(b, family)];
  if (input) {
    words.push(`iif ${r.pick(b.devs)}`);
    words.push(`from ${r.pick(six ? V6_FOREIGN_SOURCES : V4_FOREIGN_SOURCES)}`);
    if (b.has('rule-fwmark') && r.chance(0.2)) words.push(`mark ${r.pick(PROBE_MARKS)}`);
    if (!six && r.chance(0.1)) words.push(`tos ${r.pick([...V4_TOS, '0x30'])}`);
    if (r.chance(0.05)) words.push(`uid ${r.pick([0, 5, 1000])}`);
  } else {
    if (r.chance(0.2))
      words.push(`from ${r.chance(0.95) ? b.localAddr(family) : six ? '2001:db8:99::5' : '1.2.3.4'}`);
    if (multipathOn || r.chance(0.15)) words.push(`oif ${r.pick(b.devs.filter((d) => d.endsWith('0')))}`);
    if (r.chance(0.2)) words.push(`mark ${r.pick(PROBE_MARKS)}`);
    if (r.chance(0.15)) words.push(`uid ${r.pick([0, 5, 1000, 1500, 65534])}`);
    if (r.chance(0.15))
      words.push(`ipproto ${r.pick(six ? ['tcp', 'udp', 'ipv6-icmp'] : ['tcp', 'udp', 'icmp'])}`);
    if (r.chance(0.12)) words.push(`sport ${r.pick([53, 1500, 40000])}`);
    if (r.chance(0.15)) words.push(`dport ${r.pick([53, 80, 443, 1500])}`);
    if (!six && r.chance(0.1)) words.push(`tos ${r.pick([...V4_TOS, '0x30'])}`);
  }
  if (b.has('probe-fibmatch') && r.chance(0.06)) words.push('fibmatch');
  const json = b.has('json') && r.chance(0.3) ? '-j ' : '';
  const fam = six && r.chance(0.5) ? '-6 ' : '';
  b.emit(`ip ${json}${fam}route get ${[words[0], ...r.shuffle(words.slice(1))].join(' ')}`);
}
