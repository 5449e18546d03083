/**
 * Golden cases for `ip link` and `ip address` recorded on Linux 6.18 + iproute2 6.1
 * (golden-links/<name>.kernel.json, recorded with test/kernel/recorder.ts): every record of each
 * script must equal what the simulator prints for the same line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRecords, describeDifference, type KernelRecording } from '../../test/kernel/corpus';
import { addrconfForwardChange, createHost } from '../engine/index';
import { CommandOutput, type Session } from './context';
import { stockEtcFiles } from './etc-files';
import { ipMain } from './ip-main';

const DIR = fileURLToPath(new URL('./golden-links/', import.meta.url));

/** Runs the scripts' simple lines (`ip ...`, `sysctl -w K=V`) without the scenario shell. */
function runLines(script: string): KernelRecording['records'] {
  const session: Session = { host: createHost(), files: stockEtcFiles() };
  const records: KernelRecording['records'] = [];
  script.split('\n').forEach((command, i) => {
    const words = command.trim().split(/\s+/);
    if (words[0] === '' || words[0].startsWith('#')) return;
    const out = new CommandOutput();
    if (words[0] === 'ip') ipMain(session, words.slice(1), out);
    else if (words[0] === 'sysctl') {
      const [k, v] = words[words.length - 1].split('=');
      // What the sysctl writer must do for IPv6 forwarding: dev_forward_change per changed device.
      const links = [...session.host.links.values()];
      const before = links.map((l) => session.host.sysctl.get(`net.ipv6.conf.${l.name}.forwarding`));
      session.host.sysctl.set(k, Number(v));
      links.forEach((l, j) => {
        if (session.host.sysctl.get(`net.ipv6.conf.${l.name}.forwarding`) !== before[j])
          addrconfForwardChange(session.host, l);
      });
      out.out(`${k} = ${v}\n`);
    }
    records.push({ line: i + 1, command, status: out.status, stdout: out.stdout, stderr: out.stderr });
  });
  return records;
}

describe('ip link and ip address golden cases recorded from the kernel', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.sh'))) {
    it(`${f} prints what Linux printed, line by line`, () => {
      const script = readFileSync(DIR + f, 'utf8');
      const kernel = (
        JSON.parse(readFileSync(DIR + f.replace(/\.sh$/, '.kernel.json'), 'utf8')) as KernelRecording
      ).records;
      const diffs = compareRecords(kernel, runLines(script)).filter((c) => !c.agree);
      expect(diffs.map(describeDifference).join('\n\n')).toBe('');
    });
  }
});
