/**
 * /etc/iproute2 table names: the lines of the input's rt_tables files that a stock installation
 * lacks become `echo LINE >> FILE`; a table name the rules or routes use that no input defines
 * gets a free number, with a warning (the dumps show the name only, never its number).
 */
import type { Replay } from './replay';
import { shellWord } from './replay';
import type { Located } from './types';
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

/**
 * The table names used by shown rules and routes (`lookup NAME`, `table NAME`), with locations;
 * numbers and the builtin names are left out (buildMissingTables never numbers them).
 */
export function tableUses(items: Iterable<Located<string>>): Located<string>[] {
  const out: Located<string>[] = [];
  const re = /\b(?:lookup|table) (\S+)/g;
  for (const { value, loc } of items) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(value)) !== null) {
      const name = m[1];
      if (name === '[l3mdev-table]' || BUILTIN_TABLES.has(name) || /^(0x[0-9a-fA-F]+|\d+)$/.test(name))
        continue;
      out.push({ value: name, loc: { ...loc } });
    }
  }
  return out;
}
