/**
 * sysctl lines: `net.ipv4.ip_forward = 1` (what `sysctl KEY` and `sysctl -a` print),
 * `sysctl -w net.ipv4.ip_forward=1` and `net.ipv4.ip_forward=1` (sysctl.conf), several per line.
 */
import type { Block, Located } from './types';
import { at, type Warnings } from './warnings';

/** One sysctl setting. */
export interface SysctlItem {
  key: string;
  value: string;
}

/** The settings of a sysctl block, in input order. */
export function parseSysctls(b: Block, warnings: Warnings): Located<SysctlItem>[] {
  const out: Located<SysctlItem>[] = [];
  b.lines.forEach((line, i) => {
    const n = b.firstLine + i;
    if (line.trim() === '' || /^\s*[#;]/.test(line)) return;
    const spaced = /^(\s*)([\w.:@/+-]+) = (.*)$/.exec(line);
    if (spaced) {
      out.push({
        value: { key: spaced[2], value: spaced[3].trim() },
        loc: at(b.file, n, spaced[1].length + 1),
      });
      return;
    }
    const re = /([^\s=]+)=(\S*)/g;
    const prefix = /^\s*sysctl\s+(?:-\w+\s+)*/.exec(line)?.[0].length ?? 0;
    let m: RegExpExecArray | null;
    let any = false;
    while ((m = re.exec(line.slice(prefix))) !== null) {
      any = true;
      out.push({ value: { key: m[1], value: m[2] }, loc: at(b.file, n, prefix + m.index + 1) });
    }
    if (!any) warnings.add(at(b.file, n), `not a sysctl setting: ${JSON.stringify(line.slice(0, 60))}`);
  });
  return out;
}
