/** The state and vocabulary shared by the parts of the random scenario generator. */
import { formatIpv4, formatIpv6, maskIp, parseIpv4Strict, parseIpv6 } from '../../src/engine/ip';
import type { Feature } from './scenario-features';
import { Rng } from './seeded-rng';

/** IPv4 addresses destinations and probes are built around. */
export const V4_ANCHORS = [
  '8.8.8.8',
  '1.1.1.1',
  '9.9.9.9',
  '192.168.7.1',
  '172.16.5.4',
  '203.0.113.9',
  '10.0.1.77',
  '10.0.2.77',
  '198.51.100.7',
  '100.64.3.3',
  '5.5.5.5',
  '10.20.30.40',
  '11.0.0.1',
  '192.0.2.33',
];
/** Prefix lengths of IPv4 destinations (0 = default). */
export const V4_LENGTHS = [0, 8, 8, 12, 16, 16, 20, 24, 24, 25, 28, 30, 32, 32];
/** IPv6 addresses destinations and probes are built around. */
export const V6_ANCHORS = [
  '2001:4860:4860::8888',
  '2001:db8:99::1',
  '2001:db8:1::77',
  '2606:4700::1111',
  '2001:db8:2::77',
  'fd00:1::5',
  '2001:db8:aaaa:bbbb::1',
  '2a00:1450::200e',
];
/** Prefix lengths of IPv6 destinations (0 = default). */
export const V6_LENGTHS = [0, 16, 32, 48, 48, 56, 64, 64, 96, 128];
/** Sources of IPv4 input probes (mostly not ours; 10.0.1.1 is). */
export const V4_FOREIGN_SOURCES = [
  '10.0.1.9',
  '10.0.2.9',
  '10.0.3.9',
  '5.5.5.5',
  '192.168.7.20',
  '203.0.113.50',
  '10.0.1.1',
];
/** Sources of IPv6 input probes. */
export const V6_FOREIGN_SOURCES = [
  '2001:db8:1::9',
  '2001:db8:2::9',
  '2001:db8:3::9',
  'fd00:1::9',
  '2001:db8:99::5',
];
/** `from` selectors of IPv4 rules. */
export const V4_RULE_SOURCES = [
  '10.0.1.0/24',
  '10.0.2.9',
  '5.5.5.0/24',
  '0.0.0.0/8',
  '10.0.0.0/8',
  '192.168.0.0/16',
  '10.0.2.0/24',
  '10.0.1.1',
  '10.0.3.0/24',
];
/** `from` selectors of IPv6 rules. */
export const V6_RULE_SOURCES = [
  '2001:db8:1::/64',
  '2001:db8:2::9',
  '::/8',
  'fd00::/8',
  '2001:db8::/32',
  '2001:db8:2::/48',
];
/** fwmark[/mask] selectors of rules. */
export const MARKS = [
  '0x1',
  '0x10',
  '7',
  '0x100',
  '0x10/0xf0',
  '0/0xff00',
  '0x7/0',
  '1',
  '0x13',
  '0xff/0xff',
];
/** Marks of probes. */
export const PROBE_MARKS = ['1', '7', '0x10', '0x13', '0x105', '0x100', '0xff'];
/** Valid IPv4 TOS values for rules and routes. */
export const V4_TOS = ['0x04', '0x08', '0x0c', '0x10', '0x14', '0x18', '0x1c'];
/** IPv6 dsfield values for rules. */
export const V6_TOS = ['0x04', '0x10', '0x20', '0x40', '0xb8'];
/** Rule preferences (repeats make equal prefs and goto targets likely). */
export const PREFS = [5, 10, 20, 30, 50, 100, 100, 150, 200, 200, 300, 500, 1000, 1001, 5000, 32000, 32765];
/** Table names besides tNNN. */
export const NAMES = ['vpn', 'isp1', 'isp2', 'guest', 'mgmt'];

/** A veth pair: `${name}0`/`${name}1`, subnets 10.0.net.0/24 and 2001:db8:net::/64. */
export interface Pair {
  readonly name: string;
  /** Third octet / hextet of the pair's subnets. */
  readonly net: number;
}

/** A route the scenario added (for deletions and duplicates). */
export interface RouteSpec {
  readonly family: 4 | 6;
  readonly typeWord: string;
  readonly dst: string;
  readonly table: string;
  readonly line: string;
}

/** A rule the scenario added (for deletions). */
export interface RuleSpec {
  readonly family: 4 | 6;
  readonly pref?: number;
  readonly body: string;
}

/** Generation state of one scenario: the random source, enabled features and what was made so far. */
export class Builder {
  readonly rng: Rng;
  readonly on: ReadonlySet<Feature>;
  readonly lines: string[] = [];
  readonly pairs: Pair[] = [];
  readonly names = new Map<number, string>();
  readonly routes: RouteSpec[] = [];
  readonly rules: RuleSpec[] = [];
  readonly usedPrefs = new Set<number>();
  /** Destinations of routes added so far (probes aim at them). */
  readonly v4Targets: string[] = [];
  readonly v6Targets: string[] = [];
  readonly v4Local: string[] = [];
  readonly v6Local: string[] = [];

  constructor(seed: number, features: readonly Feature[]) {
    this.rng = new Rng(seed);
    this.on = new Set(features);
  }

  has(f: Feature): boolean {
    return this.on.has(f);
  }

  emit(line: string): void {
    this.lines.push(line.replace(/ +/g, ' ').trim());
  }

  get devs(): string[] {
    return this.pairs.flatMap((p) => [`${p.name}0`, `${p.name}1`]);
  }

  family(): 4 | 6 {
    return this.has('ipv6') && this.rng.chance(0.3) ? 6 : 4;
  }

  table(): string {
    const r = this.rng;
    const n = r.weighted<string>([
      ['main', 30],
      ['num', 60],
      ['local', 2],
      ['default', 3],
      ['big', this.has('big-tables') ? 5 : 0],
    ]);
    if (n === 'num') {
      const id = r.int(100, 110);
      const name = this.names.get(id);
      return name !== undefined && r.chance(0.6) ? name : String(id);
    }
    if (n === 'big') return r.pick(['1000', '4000', '70000']);
    return n;
  }

  v4Prefix(anchor = this.rng.pick(V4_ANCHORS)): string {
    const len = this.rng.pick(V4_LENGTHS);
    if (len === 0) return 'default';
    const addr = maskIp(parseIpv4Strict(anchor) as number, len) as number;
    return len === 32 ? formatIpv4(addr) : `${formatIpv4(addr)}/${len}`;
  }

  v6Prefix(anchor = this.rng.pick(V6_ANCHORS)): string {
    const len = this.rng.pick(V6_LENGTHS);
    if (len === 0) return 'default';
    const addr = maskIp(parseIpv6(anchor) as bigint, len) as bigint;
    return len === 128 ? formatIpv6(addr) : `${formatIpv6(addr)}/${len}`;
  }

  /** A gateway on the subnet of pair `p` (v4 10.0.N.x, v6 2001:db8:N::x). */
  gateway(family: 4 | 6, p: Pair): string {
    const host = this.rng.pick([254, 253, 2, 100, 101, 102, 103, 104, 105]);
    return family === 4 ? `10.0.${p.net}.${host}` : `2001:db8:${p.net}::${host.toString(16)}`;
  }

  /** Something local to point `src`/`from` at. */
  localAddr(family: 4 | 6): string {
    return this.rng.pick(family === 4 ? this.v4Local : this.v6Local);
  }
}
