/**
 * Broken save files (error-mutations.ts) against what the real iproute2 said about them
 * (recorded-errors.json, by record-errors.ts): the decoder fails where the real tool failed,
 * with the real tool's words, and accepts what the real tool accepted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRouteSave, decodeRuleSave } from '../../src/import/save-format/index';
import { ERRORS_FILE, mutatedFiles } from './error-mutations';

const recorded = JSON.parse(readFileSync(ERRORS_FILE, 'utf8')) as {
  name: string;
  status: number;
  stderr: string;
}[];
const files = new Map(mutatedFiles().map((m) => [m.name, m]));

describe('broken save files', () => {
  it('are the ones recorded', () => {
    expect(recorded.map((r) => r.name)).toEqual([...files.keys()]);
  });

  for (const r of recorded) {
    const m = files.get(r.name)!;
    const lastLine = r.stderr.trim().split('\n').pop() ?? '';
    if (r.status === 0) {
      it(`${r.name}: accepted, as by the real ${m.kind === 'route-save' ? 'ip route showdump' : 'ip rule restore'}`, () => {
        const d =
          m.kind === 'route-save'
            ? decodeRouteSave(m.bytes, { commands: false })
            : decodeRuleSave(m.bytes, { commands: false });
        expect(d.error).toBeUndefined();
        // iproute2's own parser prints the deficit; the kernel's ("bytes leftover") is its counterpart.
        if (lastLine.startsWith('!!!Deficit')) expect(d.warnings.map((w) => w.text)).toEqual([lastLine]);
      });
    } else {
      it(`${r.name}: refused with "${lastLine}"`, () => {
        const d =
          m.kind === 'route-save'
            ? decodeRouteSave(m.bytes, { commands: false })
            : decodeRuleSave(m.bytes, { commands: false });
        expect(d.ok).toBe(false);
        expect(d.error?.text).toBe(lastLine);
        expect(d.error!.offset).toBeLessThanOrEqual(m.bytes.length);
      });
    }
  }
});
