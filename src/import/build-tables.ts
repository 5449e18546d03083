/**
 * /etc/iproute2 table names: the lines of the input's rt_tables files that a stock installation
 * lacks become `echo LINE >> FILE`; a table name the rules or routes use that no input defines
 * gets a free number, with a warning (the dumps show the name only, never its number).
 */
import type { Replay } from './replay';
import { shellWord } from './replay';
import type { Located, SourceLoc } from './types';
import type { Warnings } from './warnings';

/** A line of an rt_tables file and the file it belongs to. */
export interface TableLine {
  path: string;
  line: string;
}

const DIR = '/etc/iproute2';

/** The table names and numbers the replayed machine's files define. */
function knownTables(replay: Replay): Map<string, number> {
  const out = new Map<string, number>([
    ['local', 255],
    ['main', 254],
    ['default', 253],
    ['unspec', 0],
  ]);
  for (const [path, text] of replay.session.files) {
    if (path !== `${DIR}/rt_tables` && !(path.startsWith(`${DIR}/rt_tables.d/`) && path.endsWith('.conf')))
      continue;
    for (const l of text.split('\n')) {
      const m = /^\s*(0x[0-9a-fA-F]+|\d+)\s+(\S+)/.exec(l);
      if (m) out.set(m[2], Number(m[1]));
    }
  }
  return out;
}

/** Emits the rt_tables lines of the input that the machine's files lack. */
export function buildTableFiles(lines: Located<TableLine>[], replay: Replay): void {
  for (const { value: t, loc } of lines) {
    const trimmed = t.line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const have = (replay.session.files.get(t.path) ?? '').split('\n').map((l) => l.trim());
    if (have.includes(trimmed)) continue;
    replay.emit(`echo ${shellWord(t.line)} >> ${t.path}`, loc);
  }
}

/** Numbers the table names that `uses` (names with where they appear) refer to but no file defines. */
export function buildMissingTables(uses: Located<string>[], replay: Replay, warnings: Warnings): void {
  const known = knownTables(replay);
  const taken = new Set(known.values());
  let next = 1000;
  for (const { value: name, loc } of uses) {
    if (known.has(name) || /^(0x[0-9a-fA-F]+|\d+)$/.test(name)) continue;
    while (taken.has(next)) next++;
    warnings.add(
      loc,
      `table "${name}" has no number in the input (add /etc/iproute2/rt_tables to it): numbered ${next}`,
    );
    replay.emit(`echo ${next} ${name} >> ${DIR}/rt_tables`);
    known.set(name, next);
    taken.add(next);
  }
}

/** Table names every machine knows (knownTables always holds them). */
const BUILTIN_TABLES: ReadonlySet<string> = new Set(['local', 'main', 'default', 'unspec']);

/** A table word buildMissingTables never numbers: a number, a builtin name, the VRF marker. */
function numberedAlready(name: string): boolean {
  return name === '[l3mdev-table]' || BUILTIN_TABLES.has(name) || /^(0x[0-9a-fA-F]+|\d+)$/.test(name);
}

/**
 * The table names used by shown rules and routes (`lookup NAME`, `table NAME`), with locations;
 * numbers and the builtin names are left out (buildMissingTables never numbers them).
 */
export class TableUses {
  readonly list: Located<string>[] = [];
  /** Per word seen: whether it is left out (a million routes name a handful of tables). */
  private readonly skip = new Map<string, boolean>();
  private readonly re = /\b(?:lookup|table) (\S+)/g;

  /** The first words found left out, tried before the regex (see namesNothingNew). */
  private readonly skipped: string[] = [];

  /** Adds the table names `value` (a rule body or route line, found at `where.loc`) uses. */
  add(value: string, where: { readonly loc: SourceLoc }): void {
    const t = value.indexOf('table');
    const l = value.indexOf('lookup');
    if ((t < 0 && l < 0) || (l < 0 && this.namesNothingNew(value, t))) return;
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(value)) !== null) {
      const name = m[1];
      let skip = this.skip.get(name);
      if (skip === undefined) {
        this.skip.set(name, (skip = numberedAlready(name)));
        if (skip && this.skipped.length < 16) this.skipped.push(name);
      }
      if (!skip) this.list.push({ value: name, loc: { ...where.loc } });
    }
  }

  /**
   * True when the regex would find one name in `value`, a word already left out: `table` once
   * (at `t`), no `lookup`, and the word after it one of `skipped`. Most route lines of a big dump.
   */
  private namesNothingNew(value: string, t: number): boolean {
    // `t`: the first `table` in `value`, which has no `lookup`.
    if (value.indexOf('table', t + 5) >= 0) return false;
    if (value.charCodeAt(t + 5) !== 32 || (t > 0 && WORD_CHAR.test(value[t - 1]))) return false;
    const start = t + 6;
    const end = value.indexOf(' ', start);
    const len = (end < 0 ? value.length : end) - start;
    for (const name of this.skipped) if (name.length === len && value.startsWith(name, start)) return true;
    return false;
  }
}

/** A character \b counts as part of a word. */
const WORD_CHAR = /\w/;
