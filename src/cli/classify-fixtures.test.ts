/**
 * The recorded classify fixtures (test/classify-fixtures/record.sh): real traffic captured in a
 * namespace built by scenario.sh, and the real kernel's `ip route get` answer to every packet's
 * query. `rpdb classify --json` must print exactly those records, and where a capture shows
 * where the kernel sent a packet, the classification must name the same device.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureBytes } from '../capture/capture-reader';
import type { PacketRecord } from '../capture/types';
import { createClassifier } from '../classify/classifier';
import type { ClassifiedPacket } from '../classify/types';
import { formatIp } from '../engine/ip';
import { createSession, runScript } from '../scenario/run-script';
import { main, type CliIo } from './main';

const DIR = join(__dirname, '../../test/classify-fixtures');
const FIXTURES = JSON.parse(readFileSync(join(DIR, 'fixtures.json'), 'utf8')) as {
  file: string;
  scenario: string;
  args: string[];
}[];

/** Where the host sent packets with SO_MARK 1: only NFLOG records that mark, so other captures cannot know it. */
const SOCKET_MARKED = new Set(['9.9.9.9', '2001:db8:99::9']);

async function classifyJson(
  file: string,
  scenario: string,
  args: string[],
): Promise<{ status: number; lines: string[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readScript: (p) => readFileSync(p, 'utf8'),
  };
  const status = await main(['classify', '--json', join(DIR, scenario), join(DIR, file), ...args], io);
  return { status, lines: stdout.split('\n').filter((l) => l !== ''), stderr };
}

function classified(
  file: string,
  scenario: string,
  args: string[],
): { records: PacketRecord[]; out: ClassifiedPacket[]; local: Set<string> } {
  const session = createSession();
  expect(runScript(readFileSync(join(DIR, scenario), 'utf8'), session).filter((r) => r.status !== 0)).toEqual(
    [],
  );
  const options = { output: [] as string[], iif: [] as string[] };
  for (let i = 0; i < args.length; i += 2)
    (args[i] === '--output' ? options.output : options.iif).push(args[i + 1]);
  const res = readCaptureBytes(new Uint8Array(readFileSync(join(DIR, file))));
  expect(res.ok).toBe(true);
  const c = createClassifier(session, options);
  const local = new Set(session.host.addrs.map((a) => formatIp(a.local)));
  return { records: res.records, out: res.records.map((r) => c.classify(r)), local };
}

const deviceOf = (c: ClassifiedPacket) =>
  c.status === 0 && c.verdict?.startsWith('dev ') ? c.verdict.slice(4) : undefined;

describe('classify fixtures recorded with the kernel', () => {
  for (const { file, scenario, args } of FIXTURES) {
    it(`${file} ${args.join(' ')} (${scenario}): every record equals the kernel's`, async () => {
      const kernel = readFileSync(join(DIR, `${file}.kernel.jsonl`), 'utf8')
        .split('\n')
        .filter((l) => l !== '');
      const got = await classifyJson(file, scenario, args);
      expect(got.stderr).toBe('');
      expect(got.status).toBe(0);
      expect(got.lines.length).toBe(kernel.length);
      let compared = 0;
      got.lines.forEach((line, i) => {
        const mine = JSON.parse(line) as { query?: string };
        const theirs = JSON.parse(kernel[i]) as { query?: string };
        expect(mine.query).toBe(theirs.query);
        expect(mine).toEqual(theirs);
        compared++;
      });
      expect(compared).toBe(kernel.length);
    });
  }

  it('packets sent by the host are classified to the device the capture saw them leave on', () => {
    let checked = 0;
    for (const { file, scenario, args } of FIXTURES) {
      const { records, out, local } = classified(file, scenario, args);
      out.forEach((c, i) => {
        const p = records[i];
        if (c.direction !== 'output' || c.link === undefined) return;
        // Forwarded packets leave as "outgoing" too, but their routing was the input lookup.
        if (!local.has(p.src!)) return;
        // NFLOG in OUTPUT logs the device of the lookup before the mangle chain's MARK rules;
        // the re-route (ip_route_me_harder) comes after: mangle-sll2.pcap shows where it went.
        if (p.nflog && scenario !== 'scenario.sh') return;
        if (SOCKET_MARKED.has(p.dst!) && !p.nflog) return;
        // record.sh injects the LAN's frames through an AF_PACKET socket on lan0p: no routing.
        if (c.link === 'lan0p') return;
        const dev = deviceOf(c);
        if (dev === undefined) return;
        expect(`${file} #${c.index} ${dev}`).toBe(`${file} #${c.index} ${c.link}`);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(20);
  });

  for (const [file, scenario] of [
    ['any-sll2.pcap', 'scenario.sh'],
    ['mangle-sll2.pcap', 'scenario-mangle.sh'],
    ['icmp-sll2.pcap', 'scenario-icmp.sh'],
  ])
    it(`forwarded packets are classified to the device the kernel forwarded them through (${file})`, () => {
      const { records, out } = classified(file, scenario, []);
      const key = (p: PacketRecord) =>
        `${p.src} ${p.dst} ${p.proto} ${p.sport} ${p.dport} ${p.icmpType}/${p.icmpCode} ${p.fragment?.offset}`;
      let checked = 0;
      out.forEach((c, i) => {
        const dev = deviceOf(c);
        if (c.direction !== 'input' || dev === undefined) return;
        const p = records[i];
        const left = records.slice(i + 1).findIndex((q) => q.direction.packetType === 4 && key(q) === key(p));
        expect(left, `#${c.index} ${key(p)} was never seen leaving`).toBeGreaterThanOrEqual(0);
        expect(out[i + 1 + left].link).toBe(dev);
        checked++;
      });
      expect(checked).toBeGreaterThanOrEqual(6);
    });

  it('NFLOG marks steer the lookup: marked packets leave through wan1 by rule 100', () => {
    const { out } = classified('nflog.pcap', 'scenario.sh', []);
    const marked = out.filter((c) => c.mark === 1);
    expect(marked.length).toBeGreaterThanOrEqual(4);
    for (const c of marked) expect([c.rule, c.table, c.verdict]).toEqual([100, '100', 'dev wan1']);
  });

  // [capture, NFLOG capture, scenario, packets the kernel marked, ICMP packets checked at least].
  for (const [file, logFile, scenario, marks, icmp] of [
    ['mangle-sll2.pcap', 'mangle-nflog.pcap', 'scenario-mangle.sh', 3, 0],
    ['icmp-sll2.pcap', 'icmp-nflog.pcap', 'scenario-icmp.sh', 10, 16],
  ] as const)
    it(`the mangle stage marks packets as the kernel did: NFLOG, logging after the MARK rules, agrees (${file})`, () => {
      const sll2 = classified(file, scenario, []);
      const nflog = classified(logFile, scenario, []);
      const key = (p: PacketRecord, c: ClassifiedPacket) =>
        `${c.direction} ${p.src} ${p.dst} ${p.proto} ${p.sport} ${p.dport} ${p.icmpType}/${p.icmpCode} ${p.fragment?.offset}`;
      const logged = new Map<string, number>();
      nflog.records.forEach((p, i) => {
        if (!SOCKET_MARKED.has(p.dst!)) logged.set(key(p, nflog.out[i]), p.nflog?.mark ?? 0);
      });
      let checked = 0;
      let marked = 0;
      let icmpChecked = 0;
      sll2.out.forEach((c, i) => {
        const p = sll2.records[i];
        const mark = logged.get(key(p, c));
        // NFLOG logs PREROUTING on lan0 and OUTPUT: compare the packets that passed those hooks.
        if (mark === undefined || c.skipped !== undefined || (c.direction === 'input' && c.link !== 'lan0'))
          return;
        if (c.link === 'lan0p') return;
        expect(`#${c.index} ${key(p, c)} mark ${c.mark}`).toBe(`#${c.index} ${key(p, c)} mark ${mark}`);
        checked++;
        if (p.proto === 1 || p.proto === 58) icmpChecked++;
        if (mark) {
          marked++;
          expect(c.markedBy).toMatch(/^-A (PREROUTING|OUTPUT) .* -j MARK --set-xmark 0x1\/0xffffffff$/);
        }
      });
      expect(checked).toBeGreaterThan(15);
      expect(marked).toBe(marks);
      expect(icmpChecked).toBeGreaterThanOrEqual(icmp);
    });
});
