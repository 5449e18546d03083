/**
 * Replays the kernel's packet paths (paths.kernel.json, recorded by record-paths.ts as root) through
 * packetPath: every packet must leave through the link the kernel used, towards the same next hop,
 * with the same addresses and ports after NAT, and each rule must have matched as many packets as
 * the kernel's counters say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Conntrack } from '../../src/netfilter/index';
import { packetPath, type PacketPathResult } from '../../src/scenario/packet-path';
import { runScript, createSession } from '../../src/scenario/run-script';
import { SCENARIOS } from './scenarios';

interface Seen {
  link: string;
  nextHopMac: string;
  src: string;
  sport: number;
  dst: string;
  dport: number;
}
interface Recorded {
  name: string;
  packets: { id: number; seen: Seen | null }[];
  counters: Record<string, string>;
}
const recorded: { scenarios: Recorded[] } = JSON.parse(
  readFileSync(new URL('./paths.kernel.json', import.meta.url), 'utf8'),
);

/** Per-rule packet counts from `iptables -L -v -x -n`: "table CHAIN #N" → packets. */
function kernelCounts(table: string, text: string): Map<string, number> {
  const m = new Map<string, number>();
  let chain = '';
  let n = 0;
  for (const line of text.split('\n')) {
    const c = /^Chain (\S+)/.exec(line);
    if (c) {
      chain = c[1];
      n = 0;
      continue;
    }
    const r = /^\s+(\d+)\s+\d+ /.exec(line);
    if (r) m.set(`${table} ${chain} #${++n}`, Number(r[1]));
  }
  return m;
}

function simCounts(results: PacketPathResult[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of results)
    for (const s of r.stages)
      if (s.kind === 'hook')
        for (const e of s.events)
          if (e.kind === 'rule')
            m.set(`${e.table} ${e.chain} #${e.index}`, (m.get(`${e.table} ${e.chain} #${e.index}`) ?? 0) + 1);
  return m;
}

describe('packet path against the kernel', () => {
  test('every scenario was recorded', () => {
    expect(recorded.scenarios.map((s) => s.name)).toEqual(SCENARIOS.map((s) => s.name));
  });
  for (const sc of SCENARIOS) {
    test(`${sc.name}: each packet leaves as the kernel sent it`, () => {
      const rec = recorded.scenarios.find((s) => s.name === sc.name)!;
      const session = createSession();
      const records = runScript(sc.script, session);
      expect(records.filter((r) => r.status !== 0)).toEqual([]);
      const ct = new Conntrack();
      const results: PacketPathResult[] = [];
      for (const p of sc.packets) {
        const r = packetPath(
          session,
          {
            family: p.family ?? 4,
            dst: p.dst,
            src: p.src,
            iif: p.kind === 'arrive' ? p.iif : undefined,
            proto: p.proto === 'udp' ? 17 : 6,
            sport: p.id,
            dport: p.dport,
            mark: p.mark,
          },
          { conntrack: ct },
        );
        results.push(r);
        const seen = rec.packets.find(
          (x) => x.id === p.id && x === rec.packets[sc.packets.indexOf(p)],
        )!.seen!;
        const via = / via (\S+)/.exec(r.record.stdout)?.[1] ?? r.dst;
        const mac = sc.neighbours[via]?.mac ?? `(no neighbour ${via})`;
        expect({
          id: p.id,
          dev: r.outcome.kind === 'out' ? r.outcome.dev : r.outcome.kind,
          mac,
          src: r.src,
          sport: r.sport,
          dst: r.dst,
          dport: r.dport,
        }).toEqual({
          id: p.id,
          dev: seen.link,
          mac: seen.nextHopMac,
          src: seen.src,
          sport: seen.sport,
          dst: seen.dst,
          dport: seen.dport,
        });
      }
      const kernel = new Map([
        ...kernelCounts('mangle', rec.counters.mangle),
        ...kernelCounts('nat', rec.counters.nat),
      ]);
      const sim = simCounts(results);
      for (const [k, v] of kernel) expect(`${k}: ${sim.get(k) ?? 0}`).toBe(`${k}: ${v}`);
    });
  }
});
