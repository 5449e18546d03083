/**
 * Rule and route differences between two scenarios, in the text `ip rule show` and
 * `ip route show table all` print: lines only in the first, lines only in the second.
 */
import type { Session } from '../iproute2/context';
import { runScript } from '../scenario/run-script';

/** Lines of one listing that changed. */
export interface LineDiff {
  /** What the lines list: "ip rule show", "ip -6 route show table 100", ... */
  listing: string;
  removed: string[];
  added: string[];
}

/** a \ b as multisets, keeping a's order. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** The lines a command prints (stdout, no empty lines, trailing blanks removed). */
export function listingLines(session: Session, command: string): string[] {
  const [rec] = runScript(command, session);
  return (rec?.stdout ?? '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
}

/** The table a `show table all` line belongs to (main when it names none). */
function tableOfLine(line: string): string {
  const m = / table (\S+)/.exec(line);
  return m ? m[1] : 'main';
}

function diffOne(listing: string, a: string[], b: string[]): LineDiff | null {
  const removed = minus(a, b);
  const added = minus(b, a);
  return removed.length || added.length ? { listing, removed, added } : null;
}

/** Rule differences of both families, then route differences per family and table. */
export function diffRulesAndRoutes(before: Session, after: Session): LineDiff[] {
  const out: LineDiff[] = [];
  for (const fam of ['', '-6 '] as const) {
    const cmd = `ip ${fam}rule show`;
    const d = diffOne(cmd, listingLines(before, cmd), listingLines(after, cmd));
    if (d) out.push(d);
  }
  for (const fam of ['', '-6 '] as const) {
    const a = listingLines(before, `ip ${fam}route show table all`);
    const b = listingLines(after, `ip ${fam}route show table all`);
    const tables = [...new Set([...a, ...b].map(tableOfLine))];
    for (const t of tables) {
      const pick = (ls: string[]) =>
        ls.filter((l) => tableOfLine(l) === t).map((l) => l.replace(/ table \S+/, ''));
      const d = diffOne(`ip ${fam}route show table ${t}`, pick(a), pick(b));
      if (d) out.push(d);
    }
  }
  return out;
}
