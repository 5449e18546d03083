import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticPcap } from '../../e2e/capture-gen';
import { runScript } from '../scenario/run-script';
import { createCaptureApi } from './capture-api';

const SCENARIO = `ip link add a0 type veth peer name b0
ip link add a1 type veth peer name b1
ip link set a0 up
ip link set a1 up
ip addr add 10.77.1.1/24 dev a0
ip addr add 10.77.2.1/24 dev a1
ip route add default via 10.77.1.2 table 100
ip rule add pref 100 iif a1 lookup 100
iptables -t mangle -A PREROUTING -i a1 -j MARK --set-mark 7
`;
const fixture = (name: string) => new Blob([readFileSync(`test/capture-fixtures/${name}`)]);
const dir = mkdtempSync(join(tmpdir(), 'uc-capture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the capture API', () => {
  it('captureOpen maps pcapng interfaces to the links of the same name and classifies every packet', async () => {
    const api = createCaptureApi();
    const r = await api.captureOpen(fixture('multi.pcapng'), SCENARIO);
    expect(r.state).toBe('done');
    expect(r.interfaces.map((i) => [i.key, i.suggested.link])).toEqual([
      ['a0', 'a0'],
      ['a1', 'a1'],
    ]);
    const rows = api.captureRows('', 0, 1000);
    expect(rows).toHaveLength(r.packets);
    expect(rows.filter((x) => x.query).length).toBeGreaterThan(0);
    // Every verdict is what the simulator's own `ip route get QUERY` prints for that packet.
    for (const row of rows.filter((x) => x.query)) {
      const [rec] = runScript(`${SCENARIO}ip route get ${row.query}\n`).slice(-1);
      expect(row.answer).toBe(rec.stdout + rec.stderr);
      expect(rec.stdout + rec.stderr).toContain(row.verdict.startsWith('dev ') ? row.verdict : '');
    }
  });

  it('groups count the filtered packets, and a group term selects exactly its group', async () => {
    const api = createCaptureApi();
    await api.captureOpen(fixture('multi.pcapng'), SCENARIO);
    const all = api.captureSummary('');
    for (const g of all.groups.verdict) expect(api.captureSummary(g.term).matching).toBe(g.count);
    expect(all.groups.rule.reduce((n, g) => n + g.count, 0)).toBe(all.total);
    expect(api.captureSummary('if:a1').matching).toBe(api.captureRows('if:a1', 0, 1000).length);
    expect(api.captureSummary('nosuch:1').filterError).toMatch(/unknown field "nosuch"/);
  });

  it('a forced direction and a different link change the lookup', async () => {
    const api = createCaptureApi();
    await api.captureOpen(fixture('multi.pcapng'), SCENARIO);
    const r = await api.captureReclassify(SCENARIO, { a0: { link: 'a1', direction: 'output' } }, undefined);
    expect(r.state).toBe('done');
    const rows = api.captureRows('if:a0', 0, 10);
    expect(
      rows.every(
        (x) => x.direction === 'out' && (x.query === '' || / oif a1/.test(x.query) || !/ iif /.test(x.query)),
      ),
    ).toBe(true);
  });

  it('an unmapped interface is skipped with the reason', async () => {
    const api = createCaptureApi();
    await api.captureOpen(fixture('eth.pcap'), SCENARIO);
    const rows = api.captureRows('', 0, 5);
    expect(rows[0].verdict).toMatch(/^skipped: /);
  });

  it('captureCancel stops a large read between two slices, keeping what was read', async () => {
    const path = join(dir, 'big.pcap');
    await writeSyntheticPcap(path, 200_000);
    const api = createCaptureApi();
    const blob = new Blob([readFileSync(path)]);
    let reports = 0;
    const running = api.captureOpen(blob, SCENARIO, () => {
      if (++reports === 1) api.captureCancel();
    });
    const r = await running;
    expect(r.state).toBe('cancelled');
    expect(r.packets).toBeGreaterThan(0);
    expect(r.packets).toBeLessThan(200_000);
  });

  it('a newer run supersedes the running one', async () => {
    const path = join(dir, 'mid.pcap');
    await writeSyntheticPcap(path, 50_000);
    const api = createCaptureApi();
    const first = api.captureOpen(new Blob([readFileSync(path)]), SCENARIO);
    const second = api.captureReclassify(SCENARIO, {});
    expect((await first).state).toBe('superseded');
    expect((await second).state).toBe('done');
    expect(api.captureSummary('').total).toBe(50_000);
  });

  it('netfilterRules lists the mangle table as iptables -S prints it', () => {
    const api = createCaptureApi();
    const l = api.netfilterRules(SCENARIO).find((x) => x.family === 4 && x.table === 'mangle');
    expect(l?.lines).toContain('-A PREROUTING -i a1 -j MARK --set-xmark 0x7/0xffffffff');
  });
});
