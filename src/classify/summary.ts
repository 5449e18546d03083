/**
 * The readable output of `rpdb classify`: one table row per packet, and a summary counting
 * packets by deciding rule, table and verdict (skipped packets by their reason).
 */
import type { PacketRecord } from '../capture/types';
import type { ClassifiedPacket } from './types';

/** The header of the packet table. */
export const TABLE_HEADER = `${'#'.padStart(7)}  ${'link'.padEnd(8)} ${'dir'.padEnd(3)} ${'packet'.padEnd(52)} ${'mark'.padEnd(8)} ${'rule'.padEnd(6)} ${'table'.padEnd(8)} verdict\n`;

/** A packet's addresses, protocol and ports in one short column. */
function packetText(p: PacketRecord): string {
  if (p.src === undefined) return '-';
  const proto =
    p.proto === 6
      ? 'tcp'
      : p.proto === 17
        ? 'udp'
        : p.proto === 1
          ? 'icmp'
          : p.proto === 58
            ? 'icmp6'
            : `proto ${p.proto}`;
  const ports = p.sport !== undefined ? ` ${p.sport} > ${p.dport}` : '';
  return `${p.src} > ${p.dst} ${proto}${ports}`;
}

/** One row of the packet table. */
export function formatRow(p: PacketRecord, c: ClassifiedPacket): string {
  const n = String(c.index).padStart(7);
  if (c.skipped !== undefined) return `${n}  skipped: ${c.skipped}\n`;
  const dir = c.direction === 'output' ? 'out' : 'in';
  const mark = c.mark ? `0x${c.mark.toString(16)}` : '-';
  const rule = c.rule === null || c.rule === undefined ? '-' : String(c.rule);
  return `${n}  ${(c.link ?? '?').padEnd(8)} ${dir.padEnd(3)} ${packetText(p).padEnd(52)} ${mark.padEnd(8)} ${rule.padEnd(6)} ${(c.table ?? '-').padEnd(8)} ${c.verdict}\n`;
}

/** Counts packets by (rule, table, verdict) and skipped packets by reason. */
export class ClassifySummary {
  private readonly groups = new Map<
    string,
    { rule: string; table: string; verdict: string; count: number }
  >();
  private readonly skips = new Map<string, number>();
  packets = 0;

  /** Counts one result. */
  add(c: ClassifiedPacket): void {
    this.packets++;
    if (c.skipped !== undefined) {
      this.skips.set(c.skipped, (this.skips.get(c.skipped) ?? 0) + 1);
      return;
    }
    const rule = c.rule === null || c.rule === undefined ? '-' : String(c.rule);
    const table = c.table ?? '-';
    const verdict = c.verdict ?? '';
    const key = `${rule}\t${table}\t${verdict}`;
    const g = this.groups.get(key);
    if (g) g.count++;
    else this.groups.set(key, { rule, table, verdict, count: 1 });
  }

  /** The summary text: a line per group, most packets first, then the skipped reasons. */
  format(): string {
    let skipped = 0;
    for (const n of this.skips.values()) skipped += n;
    let s = `\n${this.packets} packets: ${this.packets - skipped} classified, ${skipped} skipped\n`;
    if (this.groups.size) {
      s += `${'packets'.padStart(9)}  ${'rule'.padEnd(6)} ${'table'.padEnd(10)} verdict\n`;
      const rows = [...this.groups.values()].sort(
        (a, b) => b.count - a.count || a.rule.localeCompare(b.rule),
      );
      for (const g of rows)
        s += `${String(g.count).padStart(9)}  ${g.rule.padEnd(6)} ${g.table.padEnd(10)} ${g.verdict}\n`;
    }
    const skips = [...this.skips].sort((a, b) => b[1] - a[1]);
    for (const [why, n] of skips) s += `${String(n).padStart(9)}  skipped: ${why}\n`;
    return s;
  }
}
