/**
 * fast-check arbitraries of command lines for the fuzz tests: a loose grammar of ip rule/route/
 * link/addr, sysctl and echo commands with values at their boundaries, seed lines (the kernel
 * corpus and generated scenarios) and token-level mutations of them.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { generateScenario } from '../kernel/random-scenario';

/** Numbers at the edges of u8/u16/u32 and friends, in the spellings strtoul and friends accept. */
export const BOUNDARY_NUMBERS = [
  '0',
  '1',
  '-1',
  '7',
  '15',
  '16',
  '31',
  '32',
  '33',
  '127',
  '128',
  '129',
  '255',
  '256',
  '1023',
  '1024',
  '32765',
  '32766',
  '32767',
  '32768',
  '65535',
  '65536',
  '2147483647',
  '2147483648',
  '4294967295',
  '4294967296',
  '18446744073709551615',
  '18446744073709551616',
  '-4294967296',
  '0x0',
  '0x10',
  '0xff',
  '0xFFFFFFFF',
  '0x100000000',
  '010',
  '08',
  '0777',
  '1e3',
  '1.5',
  '+5',
  ' 5',
  '0x',
  '-0',
  '00000000000000000001',
];

/** Odd words: empty, quotes, shell characters, unicode, very long. */
export const ODD_WORDS = [
  '""',
  "''",
  '"a b"',
  "'a b'",
  '"',
  "'",
  '\\',
  '$HOME',
  '`true`',
  '*',
  '?',
  '#',
  '~',
  '%',
  '\t',
  '\r',
  'ü0',
  'é',
  '日本',
  '\u0000',
  '\u00a0',
  '💥',
  '-',
  '--',
  '/',
  '//',
  ':',
  '::',
  '.',
  '..',
  '=',
  ',',
  'x'.repeat(15),
  'x'.repeat(16),
  'y'.repeat(300),
  '9'.repeat(60),
  'a'.repeat(5000),
];

const V4 = [
  '10.0.1.1',
  '10.0.1.254',
  '10.0.2.254',
  '8.8.8.8',
  '0.0.0.0',
  '255.255.255.255',
  '127.0.0.1',
  '224.0.0.5',
  '10.8',
  '010.0x10.0.1',
  '256.1.1.1',
  '1.2.3.4.5',
  '1.2.3',
  '1..2.3',
  '10.0.1.1.',
  '169.254.1.1',
];
const V6 = [
  '::',
  '::1',
  '2001:db8:1::1',
  '2001:db8:1::254',
  'fe80::1',
  'ff02::1',
  '::ffff:1.2.3.4',
  '2001:db8::/32',
  '1:2:3:4:5:6:7:8:9',
  'fe80::1%a0',
  ':::',
];
const PREFIX_SUFFIX = [
  '',
  '/0',
  '/1',
  '/8',
  '/16',
  '/24',
  '/31',
  '/32',
  '/33',
  '/64',
  '/128',
  '/129',
  '/-1',
  '/',
  '/x',
];
const SPECIAL_PREFIXES = ['default', 'all', 'any', '0/0', '::/0', '/24', 'none'];
const DEVICES = ['lo', 'a0', 'a1', 'b0', 'b1', 'nosuch', 'A0', 'a0 ', 'eth0', 'dummy0'];
const TABLES = [
  'main',
  'local',
  'default',
  'unspec',
  't100',
  'nosuch',
  '0',
  '1',
  '100',
  '252',
  '253',
  '254',
  '255',
  '256',
  '4294967295',
  '4294967296',
];
const RULE_WORDS = [
  'not',
  'from',
  'to',
  'pref',
  'priority',
  'order',
  'p',
  'tos',
  'dsfield',
  'd',
  'fwmark',
  'realms',
  'protocol',
  'tun_id',
  't',
  'table',
  'lookup',
  'suppress_prefixlength',
  'sup_pl',
  'suppress_ifgroup',
  'sup_group',
  'iif',
  'dev',
  'oif',
  'l3mdev',
  'uidrange',
  'nat',
  'map-to',
  'ipproto',
  'sport',
  'dport',
  'goto',
  'nop',
  'type',
  'help',
  'dscp',
  'flowlabel',
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'nat',
  'xresolve',
];
const ROUTE_WORDS = [
  'via',
  'dev',
  'oif',
  'table',
  'metric',
  'priority',
  'preference',
  'proto',
  'protocol',
  'scope',
  'src',
  'tos',
  'dsfield',
  'mtu',
  'lock',
  'advmss',
  'hoplimit',
  'window',
  'rtt',
  'initcwnd',
  'onlink',
  'nexthop',
  'weight',
  'pref',
  'from',
  'iif',
  'mark',
  'uid',
  'ipproto',
  'sport',
  'dport',
  'fibmatch',
  'connected',
  'expires',
  'realm',
  'realms',
  'nhid',
  'as',
  'to',
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'nat',
  'link',
  'host',
  'global',
  'nowhere',
  'site',
  'kernel',
  'boot',
  'static',
  'dhcp',
  'low',
  'medium',
  'high',
  'inet',
  'inet6',
];
const LINK_WORDS = [
  'add',
  'set',
  'del',
  'show',
  'type',
  'veth',
  'dummy',
  'bridge',
  'vrf',
  'peer',
  'name',
  'up',
  'down',
  'mtu',
  'address',
  'group',
  'alias',
  'master',
  'nomaster',
  'txqueuelen',
  'addrgenmode',
  'none',
  'eui64',
];
const ADDR_WORDS = [
  'add',
  'del',
  'show',
  'flush',
  'dev',
  'nodad',
  'noprefixroute',
  'metric',
  'brd',
  '+',
  'label',
  'scope',
  'peer',
  'secondary',
  'home',
];
const SYSCTL_KEYS = [
  'net.ipv4.ip_forward',
  'net.ipv4.conf.all.rp_filter',
  'net.ipv4.conf.a0.rp_filter',
  'net.ipv4.conf.default.rp_filter',
  'net.ipv4.conf.b0.forwarding',
  'net.ipv4.conf.all.src_valid_mark',
  'net.ipv4.conf.a1.accept_local',
  'net.ipv4.conf.all.route_localnet',
  'net.ipv4.conf.all.ignore_routes_with_linkdown',
  'net.ipv6.conf.all.forwarding',
  'net.ipv6.conf.default.accept_dad',
  'net/ipv4/conf/all/rp_filter',
  'net.ipv4.conf.nosuch.rp_filter',
  'net.ipv4',
  'net.ipv4.conf.lo.forwarding',
  'kernel.hostname',
  'net.ipv4.fib_multipath_hash_policy',
  'net.core.nosuch',
];

/** Any boundary-ish number. */
export const numberArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
  { weight: 1, arbitrary: fc.integer({ min: -70000, max: 70000 }).map(String) },
  { weight: 1, arbitrary: fc.nat().map((n) => `0x${n.toString(16)}`) },
);

/** An address or prefix of either family, sometimes malformed. */
export const prefixArb = fc.oneof(
  fc.tuple(fc.constantFrom(...V4, ...V6), fc.constantFrom(...PREFIX_SUFFIX)).map(([a, s]) => a + s),
  fc.constantFrom(...SPECIAL_PREFIXES),
  fc
    .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(32))
    .map(([a, b, c, d, l]) => `${a}.${b}.${c}.${d}/${l}`),
);

/** A word a command might contain: keyword, value, number, address or oddity. */
export const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RULE_WORDS, ...ROUTE_WORDS, ...LINK_WORDS, ...ADDR_WORDS) },
  { weight: 3, arbitrary: numberArb },
  { weight: 3, arbitrary: prefixArb },
  { weight: 2, arbitrary: fc.constantFrom(...DEVICES, ...TABLES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, ' ')) },
);

const value = (kw: string): fc.Arbitrary<string> => {
  switch (kw) {
    case 'from':
    case 'to':
    case 'via':
    case 'src':
    case 'nat':
    case 'map-to':
      return prefixArb;
    case 'iif':
    case 'oif':
    case 'dev':
      return fc.constantFrom(...DEVICES);
    case 'table':
    case 'lookup':
      return fc.oneof(fc.constantFrom(...TABLES), numberArb);
    case 'fwmark':
    case 'mark':
      return fc.oneof(
        numberArb,
        fc.tuple(numberArb, numberArb).map(([a, b]) => `${a}/${b}`),
      );
    case 'uidrange':
    case 'sport':
    case 'dport':
      return fc.oneof(
        numberArb,
        fc.tuple(numberArb, numberArb).map(([a, b]) => `${a}-${b}`),
      );
    case 'ipproto':
      return fc.oneof(fc.constantFrom('tcp', 'udp', 'icmp', 'ipv6-icmp', 'gre', 'sctp', 'nosuch'), numberArb);
    case 'protocol':
    case 'proto':
      return fc.oneof(fc.constantFrom('kernel', 'boot', 'static', 'dhcp', 'all', 'nosuch'), numberArb);
    case 'scope':
      return fc.oneof(fc.constantFrom('host', 'link', 'global', 'site', 'nowhere'), numberArb);
    case 'tos':
    case 'dsfield':
      return fc.oneof(numberArb, fc.constantFrom('CS1', 'EF', 'AF11', 'default', 'lowdelay'));
    case 'suppress_ifgroup':
      return fc.oneof(fc.constantFrom('default', 'nosuch'), numberArb);
    default:
      return numberArb;
  }
};

const kv = (words: readonly string[]) =>
  fc
    .constantFrom(...words)
    .chain((kw) =>
      fc.oneof(
        { weight: 5, arbitrary: value(kw).map((v) => `${kw} ${v}`) },
        { weight: 1, arbitrary: fc.constant(kw) },
      ),
    );

const globalOpts = fc.subarray(['-4', '-6', '-j', '-d', '-s', '-o', '-p', '-N', '-br', '-json', '-details'], {
  maxLength: 2,
});

/** An `ip rule` command from a loose grammar (keywords with typed but often out-of-range values). */
export const ruleLineArb = fc
  .tuple(
    globalOpts,
    fc.constantFrom('rule', 'ru', 'r', 'rul'),
    fc.constantFrom('add', 'del', 'delete', 'show', 'list', 'lst', 'flush', 'save', 'help', 'a', 'd', ''),
    fc.array(
      kv([
        'not',
        'from',
        'to',
        'pref',
        'priority',
        'order',
        'tos',
        'dsfield',
        'fwmark',
        'realms',
        'protocol',
        'tun_id',
        'table',
        'lookup',
        'suppress_prefixlength',
        'suppress_ifgroup',
        'iif',
        'oif',
        'dev',
        'l3mdev',
        'uidrange',
        'nat',
        'ipproto',
        'sport',
        'dport',
        'goto',
        'nop',
        'type',
        'blackhole',
        'unreachable',
        'prohibit',
        'throw',
        'unicast',
        'dscp',
        'flowlabel',
      ]),
      { maxLength: 7 },
    ),
  )
  .map(([o, obj, cmd, args]) => ['ip', ...o, obj, cmd, ...args].filter(Boolean).join(' '));

/** An `ip route` command from a loose grammar. */
export const routeLineArb = fc
  .tuple(
    globalOpts,
    fc.constantFrom('route', 'ro', 'r', 'rou'),
    fc.constantFrom(
      'add',
      'del',
      'change',
      'replace',
      'prepend',
      'append',
      'show',
      'list',
      'get',
      'flush',
      'test',
      'save',
      'a',
      'g',
      '',
    ),
    fc.option(
      fc.constantFrom(
        'unicast',
        'local',
        'broadcast',
        'anycast',
        'multicast',
        'blackhole',
        'unreachable',
        'prohibit',
        'throw',
        'nat',
        'to',
        'table',
      ),
    ),
    prefixArb,
    fc.array(
      kv([
        'via',
        'dev',
        'oif',
        'table',
        'metric',
        'proto',
        'scope',
        'src',
        'tos',
        'mtu',
        'advmss',
        'hoplimit',
        'onlink',
        'nexthop',
        'weight',
        'pref',
        'from',
        'iif',
        'mark',
        'uid',
        'ipproto',
        'sport',
        'dport',
        'fibmatch',
        'connected',
        'expires',
        'realm',
      ]),
      { maxLength: 6 },
    ),
  )
  .map(([o, obj, cmd, type, dst, args]) =>
    ['ip', ...o, obj, cmd, type ?? '', dst, ...args].filter(Boolean).join(' '),
  );

/** An `ip link` or `ip addr` command from a loose grammar. */
export const linkAddrLineArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('link', 'l', 'li'),
      fc.constantFrom('add', 'set', 'del', 'show', 'change'),
      fc.constantFrom(...DEVICES, 'x0', 'c0'),
      fc.array(fc.oneof(fc.constantFrom(...LINK_WORDS), tokenArb), { maxLength: 6 }),
    )
    .map(([o, c, d, a]) => ['ip', o, c, d, ...a].join(' ')),
  fc
    .tuple(
      fc.constantFrom('addr', 'a', 'address', '-6 addr'),
      fc.constantFrom('add', 'del', 'show', 'flush', 'replace', 'change'),
      prefixArb,
      fc.array(
        fc.oneof(kv(['dev', 'metric', 'label', 'scope', 'peer', 'brd']), fc.constantFrom(...ADDR_WORDS)),
        { maxLength: 5 },
      ),
    )
    .map(([o, c, p, a]) => ['ip', o, c, p, ...a].join(' ')),
);

/** A sysctl or echo command. */
export const sysctlEchoLineArb = fc.oneof(
  fc
    .tuple(
      fc.subarray(['-w', '-q', '-n', '-e', '-a', '-p'], { maxLength: 2 }),
      fc.array(fc.tuple(fc.constantFrom(...SYSCTL_KEYS), fc.option(numberArb)), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([o, kvs]) => ['sysctl', ...o, ...kvs.map(([k, v]) => (v === null ? k : `${k}=${v}`))].join(' ')),
  fc
    .tuple(
      numberArb,
      fc.oneof(fc.constantFrom('t100', 'vpn', 'main', 'x y', ''), tokenArb),
      fc.constantFrom(
        '/etc/iproute2/rt_tables',
        '/etc/iproute2/rt_tables.d/x.conf',
        '/etc/iproute2/group',
        '/etc/iproute2/rt_protos',
        '/etc/nosuch/x',
        '/etc/iproute2',
      ),
      fc.constantFrom('>>', '>'),
    )
    .map(([n, name, file, op]) => `echo ${n} ${name} ${op} ${file}`),
);

/** Any command line of the grammar. */
export const grammarLineArb = fc.oneof(
  { weight: 3, arbitrary: ruleLineArb },
  { weight: 3, arbitrary: routeLineArb },
  { weight: 2, arbitrary: linkAddrLineArb },
  { weight: 1, arbitrary: sysctlEchoLineArb },
);

const CORPUS_DIR = fileURLToPath(new URL('../kernel/corpus', import.meta.url));

function corpusLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusLines(p));
    else if (name.endsWith('.sh')) out.push(...readFileSync(p, 'utf8').split('\n'));
  }
  return out;
}

/** Real command lines to mutate: the kernel corpus (if present) and 40 generated scenarios. */
export function seedLines(): string[] {
  const lines = new Set<string>();
  for (const l of corpusLines(CORPUS_DIR)) lines.add(l);
  for (let seed = 1; seed <= 40; seed++) for (const l of generateScenario(seed).split('\n')) lines.add(l);
  return [...lines].filter((l) => l.trim() !== '' && !l.trim().startsWith('#') && !l.includes('\n'));
}

type Mutation = {
  op: 'drop' | 'dup' | 'swap' | 'replace' | 'insert' | 'truncate' | 'char' | 'join' | 'upper' | 'number';
  i: number;
  j: number;
  tok: string;
  c: string;
};

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(
    'drop',
    'dup',
    'swap',
    'replace',
    'insert',
    'truncate',
    'char',
    'join',
    'upper',
    'number',
  ),
  i: fc.nat(),
  j: fc.nat(),
  tok: tokenArb,
  c: fc.oneof(
    fc.constantFrom(' ', '/', '-', '.', ':', '0', '9', 'x', '"', "'", ';', '\\'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
});

/** Applies token-level mutations to a line (deterministic in the mutation values). */
export function mutateLine(line: string, mutations: readonly Mutation[]): string {
  let t = line.split(' ');
  for (const m of mutations) {
    const n = t.length;
    const i = n === 0 ? 0 : m.i % n;
    const j = n === 0 ? 0 : m.j % n;
    switch (m.op) {
      case 'drop':
        t.splice(i, 1);
        break;
      case 'dup':
        t.splice(i, 0, t[i] ?? m.tok);
        break;
      case 'swap':
        [t[i], t[j]] = [t[j], t[i]];
        break;
      case 'replace':
        t[i] = m.tok;
        break;
      case 'insert':
        t.splice(i, 0, m.tok);
        break;
      case 'truncate':
        t = t.slice(0, Math.max(1, i));
        break;
      case 'char': {
        const w = t[i] ?? '';
        const k = w.length === 0 ? 0 : m.j % w.length;
        t[i] = w.slice(0, k) + m.c + w.slice(k + 1);
        break;
      }
      case 'join':
        if (n > 1 && i < n - 1) t.splice(i, 2, t[i] + t[i + 1]);
        break;
      case 'upper':
        t[i] = (t[i] ?? '').toUpperCase();
        break;
      case 'number': {
        const nums = t.map((w, k) => (/\d/.test(w) ? k : -1)).filter((k) => k >= 0);
        if (nums.length > 0) {
          const k = nums[m.i % nums.length];
          t[k] = t[k].replace(/\d+/, m.tok.replace(/\D/g, '') || '0');
        }
        break;
      }
    }
  }
  return t.join(' ').replace(/\n/g, ' ');
}

/** A seed line with 1–4 mutations. */
export function mutatedLineArb(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
    .map(([l, ms]) => mutateLine(l, ms));
}

/** Junk: random strings, random token soup, and unicode. */
export const junkLineArb = fc
  .oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(tokenArb, { maxLength: 10 }).map((ws) => ws.join(' ')),
    fc.array(tokenArb, { maxLength: 8 }).map((ws) => ['ip', ...ws].join(' ')),
  )
  .map((s) => s.replace(/\n/g, ' '));

/** The fast-check parameters for a fuzz property: FUZZ_SEED fixes the seed to replay a failure. */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  return { numRuns, ...(seed === undefined ? {} : { seed }), endOnFailure: true };
}
