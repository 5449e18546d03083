/**
 * Reading the packet columns for the page: the filtered row order, counts per rule, table and
 * verdict, the flow diagram's nodes and links, and formatted rows by range.
 */
import { DIR_INPUT, DIR_OUTPUT, RULE_NONE, RULE_SKIPPED, type CaptureColumns } from './capture-columns';
import { PROTO_NAMES, compileFilter } from './capture-filter';
import type { CaptureFlow, CaptureGroup, CaptureRow, CaptureSummary, GroupField } from './capture-types';

/** The positions of the rows `filter` keeps, in file order; or the filter's error. */
export function filterRows(cols: CaptureColumns, filter: string): { rows: Uint32Array; error?: string } {
  const f = compileFilter(filter, cols);
  const n = cols.length;
  if (!f.ok || f.test === null) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return f.ok ? { rows: all } : { rows: all, error: f.error };
  }
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (f.test(i)) out[k++] = i;
  return { rows: out.slice(0, k) };
}

const quote = (s: string) => (/[\s"]/.test(s) ? `"${s.replace(/"/g, '')}"` : s);

/** The label and filter term of a `rule` column value. */
export function ruleLabel(rule: number): { label: string; term: string } {
  if (rule === RULE_SKIPPED) return { label: 'skipped', term: 'rule:skipped' };
  if (rule === RULE_NONE) return { label: 'no rule', term: 'rule:none' };
  return { label: `pref ${rule}`, term: `rule:${rule}` };
}

/** Counts the filtered rows by rule, table and verdict, and builds the flow diagram. */
export function summarize(cols: CaptureColumns, rows: Uint32Array, filterError?: string): CaptureSummary {
  const strings = cols.strings.values;
  const byRule = new Map<number, number>();
  const byTable = new Map<number, number>();
  const byVerdict = new Map<number, number>();
  const triples = new Map<string, number>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const r = cols.rule[i];
    const t = cols.table[i];
    const v = cols.verdict[i];
    byRule.set(r, (byRule.get(r) ?? 0) + 1);
    byTable.set(t, (byTable.get(t) ?? 0) + 1);
    byVerdict.set(v, (byVerdict.get(v) ?? 0) + 1);
    const key = `${r} ${t} ${v}`;
    triples.set(key, (triples.get(key) ?? 0) + 1);
  }
  const sorted = (
    m: Map<number, number>,
    label: (k: number) => { label: string; term: string },
  ): CaptureGroup[] =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, count]) => ({ ...label(k), count }));
  const tableLabel = (t: number) =>
    t === 0
      ? { label: 'no table', term: 'table:none' }
      : { label: `table ${strings[t]}`, term: `table:${quote(strings[t])}` };
  const verdictLabel = (v: number) => ({
    label: strings[v] || '(none)',
    term: `verdict:${quote(strings[v])}`,
  });
  const groups: Record<GroupField, CaptureGroup[]> = {
    rule: sorted(byRule, ruleLabel),
    table: sorted(byTable, tableLabel),
    verdict: sorted(byVerdict, verdictLabel),
  };
  return {
    total: cols.length,
    matching: rows.length,
    groups,
    flow: buildFlow(triples, rows.length, ruleLabel, tableLabel, verdictLabel),
    filterError,
  };
}

function buildFlow(
  triples: Map<string, number>,
  total: number,
  ruleLabel: (r: number) => { label: string; term: string },
  tableLabel: (t: number) => { label: string; term: string },
  verdictLabel: (v: number) => { label: string; term: string },
): CaptureFlow {
  const nodes = new Map<string, { id: string; column: number; label: string; count: number; term: string }>();
  const links = new Map<string, { source: string; target: string; count: number }>();
  const node = (id: string, column: number, l: { label: string; term: string }, count: number) => {
    const n = nodes.get(id) ?? { id, column, ...l, count: 0 };
    n.count += count;
    nodes.set(id, n);
  };
  const link = (source: string, target: string, count: number) => {
    const key = `${source}>${target}`;
    const l = links.get(key) ?? { source, target, count: 0 };
    l.count += count;
    links.set(key, l);
  };
  if (total > 0) nodes.set('packets', { id: 'packets', column: 0, label: 'packets', count: total, term: '' });
  for (const [key, count] of triples) {
    const [r, t, v] = key.split(' ').map(Number);
    const rid = `r${r}`;
    const tid = `t${t}`;
    const vid = `v${v}`;
    node(rid, 1, ruleLabel(r), count);
    node(tid, 2, tableLabel(t), count);
    node(vid, 3, verdictLabel(v), count);
    link('packets', rid, count);
    link(rid, tid, count);
    link(tid, vid, count);
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/** Formats the rows at positions `rows[start .. start+count)`. */
export function formatRows(
  cols: CaptureColumns,
  rows: Uint32Array,
  start: number,
  count: number,
): CaptureRow[] {
  const s = cols.strings.values;
  const t0 = cols.length > 0 ? firstTime(cols) : 0;
  const out: CaptureRow[] = [];
  const end = Math.min(rows.length, start + count);
  for (let k = Math.max(0, start); k < end; k++) {
    const i = rows[k];
    const t = cols.time[i];
    const proto = cols.proto[i];
    const rule = cols.rule[i];
    out.push({
      index: cols.index[i],
      time: Number.isNaN(t) ? '' : (t - t0).toFixed(6),
      iface: s[cols.iface[i]],
      link: s[cols.link[i]],
      direction: cols.dir[i] === DIR_INPUT ? 'in' : cols.dir[i] === DIR_OUTPUT ? 'out' : '',
      src: s[cols.src[i]],
      dst: s[cols.dst[i]],
      proto: proto < 0 ? '' : (PROTO_NAMES[proto] ?? String(proto)),
      sport: cols.sport[i] < 0 ? '' : String(cols.sport[i]),
      dport: cols.dport[i] < 0 ? '' : String(cols.dport[i]),
      mark: rule === RULE_SKIPPED ? '' : `0x${cols.mark[i].toString(16)}`,
      markedBy: s[cols.markedBy[i]],
      rule: rule === RULE_SKIPPED ? '' : rule === RULE_NONE ? '—' : String(rule),
      table: s[cols.table[i]],
      verdict: s[cols.verdict[i]],
      query: s[cols.query[i]],
      answer: s[cols.answer[i]],
    });
  }
  return out;
}

function firstTime(cols: CaptureColumns): number {
  for (let i = 0; i < cols.length; i++) if (!Number.isNaN(cols.time[i])) return cols.time[i];
  return 0;
}
