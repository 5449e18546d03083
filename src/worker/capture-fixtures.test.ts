/**
 * The capture API against the classify fixtures: real captures with the kernel's recorded
 * `ip route get` answers (test/classify-fixtures/record.sh). The `rpdb classify` options of each
 * fixture become the app's interface mapping, as a user would set it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptureApi } from './capture-api';
import { UNNAMED } from './capture-interfaces';
import type { InterfaceMapping } from './capture-types';

const DIR = 'test/classify-fixtures';
interface Fixture {
  file: string;
  capture: string;
  scenario: string;
  args: string[];
}
interface KernelRecord {
  index: number;
  query?: string;
  stdout?: string;
  stderr?: string;
  skipped?: string;
}
const fixtures = JSON.parse(readFileSync(`${DIR}/fixtures.json`, 'utf8')) as Fixture[];

/** The mapping a user sets for `rpdb classify` options: `--iif X`/`--output X` on the interface(s) of X or the unnamed one. */
export function mappingOf(args: string[], keys: string[], suggested: InterfaceMapping): InterfaceMapping {
  const m: Record<string, InterfaceMapping[string]> = { ...suggested };
  for (let i = 0; i + 1 < args.length; i += 2) {
    const [flag, link] = [args[i], args[i + 1]];
    for (const key of keys) {
      if (key !== UNNAMED && m[key]?.link !== link) continue;
      m[key] = { link, direction: flag === '--output' ? 'output' : 'capture' };
    }
  }
  return m;
}

describe('captures classified in the worker answer as the kernel did', () => {
  for (const f of fixtures) {
    it(`${f.file}: every packet's query and answer are the kernel's`, async () => {
      const api = createCaptureApi();
      const script = readFileSync(`${DIR}/${f.scenario}`, 'utf8');
      const opened = await api.captureOpen(new Blob([readFileSync(`${DIR}/${f.file}`)]), script);
      const suggested = Object.fromEntries(opened.interfaces.map((i) => [i.key, i.suggested]));
      const mapping = mappingOf(
        f.args,
        opened.interfaces.map((i) => i.key),
        suggested,
      );
      const r = await api.captureReclassify(script, mapping);
      expect(r.state).toBe('done');
      const kernel = readFileSync(`${DIR}/${f.file}.kernel.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as KernelRecord);
      const rows = api.captureRows('', 0, 1000);
      expect(rows.length).toBe(kernel.length);
      for (const [i, k] of kernel.entries()) {
        const row = rows[i];
        expect(row.index).toBe(k.index);
        if (k.skipped !== undefined) expect(row.verdict).toBe(`skipped: ${k.skipped}`);
        else expect([row.query, row.answer]).toEqual([k.query, (k.stdout ?? '') + (k.stderr ?? '')]);
      }
    });
  }
});

describe('the packet path of a captured packet marks it as the classification did', () => {
  // scenario-icmp.sh marks ICMP echo requests only: the path must see the packet's ICMP type too.
  for (const f of fixtures.filter((x) => x.scenario !== 'scenario.sh' && x.file.includes('sll2')))
    it(`${f.file}: the mangle rules of the path set the row's mark`, async () => {
      const api = createCaptureApi();
      const script = readFileSync(`${DIR}/${f.scenario}`, 'utf8');
      const opened = await api.captureOpen(new Blob([readFileSync(`${DIR}/${f.file}`)]), script);
      const mapping = Object.fromEntries(opened.interfaces.map((i) => [i.key, i.suggested]));
      expect((await api.captureReclassify(script, mapping)).state).toBe('done');
      let marked = 0;
      let unmarked = 0;
      for (const row of api.captureRows('', 0, 1000)) {
        if (row.mark === '' || (row.direction === 'in' && row.link !== 'lan0')) continue;
        // record.sh injects the LAN's frames through an AF_PACKET socket on lan0p: no routing.
        if (row.link === 'lan0p') continue;
        // A failed output lookup sends nothing: such rows are forwarded packets seen leaving.
        if (row.direction === 'out' && row.answer.startsWith('RTNETLINK')) continue;
        const path = api.capturePath(script, row.index).join('\n');
        const what = `#${row.index} ${row.src} > ${row.dst} ${row.proto}`;
        if (row.markedBy !== '') {
          expect(`${what}: ${path}`).toContain(`mark 0x0 → ${row.mark}`);
          marked++;
        } else if (row.mark === '0x0' && (row.direction === 'out' || row.link === 'lan0')) {
          expect(`${what}: ${path}`).not.toContain('→ 0x1');
          unmarked++;
        }
      }
      expect(marked).toBeGreaterThanOrEqual(3);
      expect(unmarked).toBeGreaterThan(10);
    });
});
