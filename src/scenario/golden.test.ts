/**
 * Golden cases for `ip rule`, the shell builtins and sysctl, recorded on Linux 6.18 + iproute2 6.1
 * (golden/<name>.kernel.json, unknown-command messages normalised to $0 = "sh"): every record of
 * each script must equal what the simulator prints for the same line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRecords, describeDifference, type KernelRecording } from '../../test/kernel/corpus';
import { runScript } from './run-script';

const DIR = fileURLToPath(new URL('./golden/', import.meta.url));

describe('golden scripts recorded from the kernel', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.sh'))) {
    it(`${f} prints what Linux printed, line by line`, () => {
      const script = readFileSync(DIR + f, 'utf8');
      const kernel = (
        JSON.parse(readFileSync(DIR + f.replace(/\.sh$/, '.kernel.json'), 'utf8')) as KernelRecording
      ).records;
      const diffs = compareRecords(kernel, runScript(script)).filter((c) => !c.agree);
      expect(diffs.map(describeDifference).join('\n\n')).toBe('');
    });
  }
});
