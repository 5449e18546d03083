/**
 * A small line diff for reports: unified style (` ` same, `-` first text, `+` second text, `@@`
 * between hunks), every line ended by `$` so trailing spaces show, and a cap on its length.
 */

/** Lines longer than this are cut in the diff (the cut says how much is left out). */
const MAX_LINE = 400;

/**
 * Diff lines of `a` → `b` with `context` unchanged lines around changes, at most `cap` lines.
 * One-line JSON documents that both parse are compared pretty-printed (key order kept), so a
 * difference inside `ip -j` output shows as a readable line; whitespace-only JSON differences
 * fall back to the raw lines.
 */
export function diffText(a: string, b: string, cap = Infinity, context = 2): string[] {
  const pa = prettyJson(a);
  const pb = prettyJson(b);
  if (pa !== undefined && pb !== undefined && pa !== pb)
    return [
      '(JSON, pretty-printed for the diff)',
      ...diffLines(splitLines(pa), splitLines(pb), cap, context),
    ];
  return diffLines(splitLines(a), splitLines(b), cap, context);
}

function prettyJson(text: string): string | undefined {
  const t = text.trim();
  if (!(t.startsWith('[') || t.startsWith('{'))) return undefined;
  try {
    return JSON.stringify(JSON.parse(t), null, 1) + '\n';
  } catch {
    return undefined;
  }
}

function clip(line: string): string {
  return line.length > MAX_LINE
    ? `${line.slice(0, MAX_LINE)}... (${line.length - MAX_LINE} more characters)`
    : line;
}

function diffLines(x: string[], y: string[], cap: number, context: number): string[] {
  const ops = lineOps(x, y);
  const keep = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op[0] === ' ') return;
    for (let j = Math.max(0, i - context); j <= Math.min(ops.length - 1, i + context); j++) keep[j] = true;
  });
  const out: string[] = [];
  let gap = false;
  ops.forEach((op, i) => {
    if (!keep[i]) {
      gap = out.length > 0;
      return;
    }
    if (gap || (out.length === 0 && i > 0)) out.push('@@');
    gap = false;
    out.push(clip(op));
  });
  if (out.length > cap) return [...out.slice(0, cap), `... ${out.length - cap} more diff lines`];
  return out;
}

/** Lines with visible ends; a text not ending in a newline gets diff's marker. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop() as string;
  const lines = parts.map((l) => `${l}$`);
  if (last !== '') lines.push(`${last}`, '\\ No newline at end of text');
  return lines;
}

/** Longest-common-subsequence edit script as prefixed lines (inputs are small: command output). */
function lineOps(x: string[], y: string[]): string[] {
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push(` ${x[i++]}`);
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`-${x[i++]}`);
    else out.push(`+${y[j++]}`);
  }
  return out;
}
