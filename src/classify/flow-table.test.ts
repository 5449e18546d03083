/**
 * The classifier's per-flow memo (FlowTable) beside its general path: on random packets that
 * repeat flows, under mangle rules of every stateless kind, a classifier with the memo must
 * answer exactly what one without it answers (a given markStage turns the memo off). Rules that
 * keep connection state (CONNMARK) must turn it off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PacketRecord } from '../capture/types';
import { formatIpv4, formatIpv6 } from '../engine/ip';
import type { Session } from '../iproute2/context';
import { createSession, runScript } from '../scenario/run-script';
import { createClassifier } from './classifier';
import { createMarkStage, markIsPerFlow } from './mark-stage';
import { packet } from './test-packets';
import type { ClassifyOptions } from './types';

const DIR = join(__dirname, '../../test/classify-fixtures');

/** Extra mangle rules of every stateless kind: fragments, ranges, devices, chains, DROP, marks, ICMP types. */
const RULES = `
iptables -t mangle -A PREROUTING -f -j MARK --set-mark 0x5
iptables -t mangle -N SUB
iptables -t mangle -A PREROUTING -s 10.9.0.0/25 -j SUB
iptables -t mangle -A SUB -p udp --sport 40000:40100 -j MARK --set-mark 0x2
iptables -t mangle -A SUB -j RETURN
iptables -t mangle -A PREROUTING -p tcp -m multiport --dports 80,443 -j MARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -i wan0 -p icmp -j DROP
iptables -t mangle -A OUTPUT -o wan1 -j MARK --set-mark 0x4
iptables -t mangle -A OUTPUT -m mark --mark 0x4 -p udp -j MARK --set-mark 0x1
ip6tables -t mangle -A PREROUTING -m mark ! --mark 0x0 -j MARK --set-mark 0x3
ip6tables -t mangle -A PREROUTING -p tcp --dport 25 -j MARK --set-mark 0x1
ip6tables -t mangle -A OUTPUT -p ipv6-icmp -j DROP
iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request -j MARK --set-mark 0x6
iptables -t mangle -A OUTPUT -p icmp --icmp-type 3/1 -j MARK --set-mark 0x7
ip6tables -t mangle -A PREROUTING -p ipv6-icmp --icmpv6-type 3/1 -j MARK --set-mark 0x6
ip6tables -t mangle -A PREROUTING -p ipv6-icmp ! --icmpv6-type echo-request -j MARK --set-xmark 0x8/0x8
`;

function session(script: string): Session {
  const s = createSession();
  const records = runScript(script, s);
  const failed = records.filter((r) => r.status !== 0 && !r.command.startsWith('sysctl'));
  expect(failed.map((r) => `${r.command}: ${r.stderr}`)).toEqual([]);
  return s;
}

const base = readFileSync(join(DIR, 'scenario-mangle.sh'), 'utf8');
const SESSIONS = [
  session(base),
  session(base + RULES),
  session(readFileSync(join(DIR, 'scenario.sh'), 'utf8')),
];

const V4 = [
  0, 1, 0x0a090007, 0x0a090081, 0x0a090042, 0xcb007142, 0xcb007135, 0x08080808, 0xc0000201, 0x7f000001,
];
const V6 = [
  (0xfd09n << 112n) | 7n,
  (0xfd09n << 112n) | 0x85n,
  (0x20010db8n << 96n) | 1n,
  (0xfe80n << 112n) | 2n,
  (0xff02n << 112n) | 1n,
];

const placeArb = fc.record({
  interface: fc.constantFrom(
    {},
    { name: 'lan0' },
    { name: 'wan0' },
    { name: 'eth9' },
    { ifindex: 3 },
    { ifindex: 4 },
    { ifindex: 77 },
  ),
  direction: fc.constantFrom(
    {},
    { packetType: 0 },
    { packetType: 3 },
    { packetType: 4 },
    { flagsDirection: 'outbound' as const },
    { flagsDirection: 'inbound' as const },
  ),
});

/** A packet's fields, from small pools (so that flows repeat), with any of the odd cases. */
const fieldsArb = fc.record({
  v6: fc.boolean(),
  src: fc.nat(),
  dst: fc.nat(),
  proto: fc.constantFrom(1, 6, 17, 47, 58, 132, undefined),
  ports: fc.boolean(),
  sport: fc.constantFrom(0, 25, 53, 40000, 40050, 50000),
  dport: fc.constantFrom(0, 25, 53, 80, 123, 443),
  icmp: fc.constantFrom(undefined, [8, 0], [0, 0], [3, 1]),
  tos: fc.constantFrom(0, 1, 2, 3, 0x10, 0x11, 0xb8, 0xff),
  fragment: fc.constantFrom(undefined, { offset: 0, more: true, id: 1 }, { offset: 8, more: false, id: 1 }),
  place: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ interface: { name: 'lan0' }, direction: {} }) },
    { weight: 2, arbitrary: placeArb },
  ),
  // One packet in nine an NFLOG one (its mark and uid recorded, its hook in the hints).
  nflog: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({
        family: fc.constant(2),
        group: fc.constant(1),
        hook: fc.constantFrom(0, 3),
        mark: fc.constantFrom(0, 1, 2),
        uid: fc.constantFrom(undefined, 1000),
        indev: fc.constantFrom(3, 4),
        outdev: fc.constantFrom(3, 5),
      }),
    },
  ),
  odd: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, 'skipped', 'truncated'),
});
type Fields = typeof fieldsArb extends fc.Arbitrary<infer F> ? F : never;
const FIELDS: (keyof Fields)[] = [
  'v6',
  'src',
  'dst',
  'proto',
  'ports',
  'icmp',
  'tos',
  'fragment',
  'place',
  'nflog',
  'odd',
];

function toPacket(r: Fields): PacketRecord {
  const over: Record<string, unknown> = { ...r.place };
  if (r.v6) {
    const s = V6[r.src % V6.length];
    const d = V6[r.dst % V6.length];
    Object.assign(over, { family: 6, src: formatIpv6(s), dst: formatIpv6(d), srcIp: s, dstIp: d });
  } else {
    const s = V4[r.src % V4.length];
    const d = V4[r.dst % V4.length];
    Object.assign(over, { family: 4, src: formatIpv4(s), dst: formatIpv4(d), srcIp: s, dstIp: d });
  }
  over.proto = r.proto;
  over.sport = r.ports ? r.sport : undefined;
  over.dport = r.ports ? r.dport : undefined;
  over.tos = r.tos;
  if (!r.ports && r.icmp) [over.icmpType, over.icmpCode] = r.icmp;
  if (r.fragment) over.fragment = r.fragment;
  if (r.nflog) {
    over.nflog = r.nflog;
    over.direction = { hook: r.nflog.hook === 0 ? 'prerouting' : 'output' };
  }
  if (r.odd === 'skipped') over.skipped = 'ARP is not routed';
  if (r.odd === 'truncated') over.truncated = 'UDP ports';
  const p = packet(over as Partial<PacketRecord>);
  // A record has no key for a field it lacks.
  for (const k of Object.keys(p) as (keyof PacketRecord)[])
    if (p[k] === undefined) delete (p as Partial<PacketRecord>)[k];
  return p;
}

const optionsArb: fc.Arbitrary<ClassifyOptions> = fc.record({
  iif: fc.constantFrom(['lan0'], ['lan0', 'wan0'], ['wan1'], []),
  output: fc.subarray(['wan1', 'wan0', 'lo'], { maxLength: 1 }),
  map: fc.constantFrom<Record<string, string>>({}, { eth9: 'lan0', '77': 'wan1' }),
});

describe('the per-flow memo', () => {
  it('answers what the general path answers, packet for packet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SESSIONS.length - 1 }),
        optionsArb,
        fc.array(fieldsArb, { minLength: 4, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.option(fc.tuple(fc.constantFrom(...FIELDS), fieldsArb))), {
          minLength: 60,
          maxLength: 150,
        }),
        (which, options, pool, steps) => {
          const s = SESSIONS[which];
          const fast = createClassifier(s, options);
          const plain = createClassifier(s, options, { markStage: createMarkStage(s) });
          // The pool, then packets of the pool or of a flow differing from one in a single field
          // (what the memo's key must tell apart), then the pool again: repeats hit the memo.
          const seq = [
            ...pool,
            ...steps.map(([i, change]) => {
              const f = pool[i % pool.length];
              return change === null ? f : { ...f, [change[0]]: change[1][change[0]] };
            }),
            ...pool,
          ];
          seq.forEach((f, i) => {
            const p = { ...toPacket(f), index: i + 1 };
            const a = fast.classify(p);
            const b = plain.classify(p);
            expect(a).toEqual(b);
            expect(Object.keys(a)).toEqual(Object.keys(b));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is used only while the mangle table keeps no connection state', () => {
    expect(markIsPerFlow(SESSIONS[0])).toBe(true);
    expect(markIsPerFlow(SESSIONS[1])).toBe(true);
    const s = session(base + 'iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark\n');
    expect(markIsPerFlow(s)).toBe(false);
  });
});
