/**
 * The word scanner of iptables' getopt_long loop ("-" first in the option string: non-options
 * come back in order as words). Long options of extensions are resolved by the caller.
 */

/** Position in argv, and the rest of a short-option cluster (`-nvL`) being read. */
export interface Cursor {
  readonly argv: readonly string[];
  index: number;
  short: string;
}

/** One step of the loop. */
export type Word =
  | { kind: 'bang' }
  | { kind: 'bad'; word: string }
  | { kind: 'missing'; word: string }
  | { kind: 'core'; opt: string; arg?: string }
  | { kind: 'ext'; name: string; arg?: string; word: string };

/** Reads the next option or word; null at the end of argv (or after `--`). */
export function nextWord(
  cur: Cursor,
  short: Readonly<Record<string, 'req' | 'opt' | 'none'>>,
  long: Readonly<Record<string, string>>,
): Word | null {
  if (cur.short !== '') return shortOption(cur, short);
  if (cur.index >= cur.argv.length) return null;
  const w = cur.argv[cur.index++];
  if (w === '--') return null;
  if (w === '!') return { kind: 'bang' };
  if (w.length < 2 || w[0] !== '-') return { kind: 'bad', word: w };
  if (w[1] !== '-') {
    cur.short = w.slice(1);
    return shortOption(cur, short);
  }
  const eq = w.indexOf('=');
  const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
  const inline = eq < 0 ? undefined : w.slice(eq + 1);
  let opt: string | undefined = long[name];
  if (opt === undefined) {
    const hits = Object.keys(long).filter((k) => k.startsWith(name));
    const vals = new Set(hits.map((k) => long[k]));
    if (vals.size === 1 && name !== '') opt = long[hits[0]];
  }
  if (opt === undefined) return { kind: 'ext', name, arg: inline, word: eq < 0 ? w : w.slice(0, eq) };
  const type = short[opt] ?? 'none';
  if (type === 'req' && inline === undefined) {
    if (cur.index >= cur.argv.length) return { kind: 'missing', word: w };
    return { kind: 'core', opt, arg: cur.argv[cur.index++] };
  }
  return { kind: 'core', opt, arg: type === 'none' ? undefined : inline };
}

function shortOption(cur: Cursor, short: Readonly<Record<string, 'req' | 'opt' | 'none'>>): Word {
  const c = cur.short[0];
  const rest = cur.short.slice(1);
  cur.short = '';
  const type = short[c];
  if (type === undefined) return { kind: 'core', opt: '?' };
  if (type === 'none') {
    cur.short = rest;
    return { kind: 'core', opt: c };
  }
  if (rest !== '') return { kind: 'core', opt: c, arg: rest };
  if (type === 'opt') return { kind: 'core', opt: c };
  if (cur.index >= cur.argv.length) return { kind: 'missing', word: `-${c}` };
  return { kind: 'core', opt: c, arg: cur.argv[cur.index++] };
}
