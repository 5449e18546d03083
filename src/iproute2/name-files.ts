/**
 * Readers of the /etc/iproute2 name databases as lib/rt_names.c 6.1 reads them: fread_id_name's
 * sscanf patterns, the "Database ... is corrupted" message, the 256-slot arrays (rtnl_tab_initialize)
 * and the 256-bucket hash with chaining (rtnl_hash_initialize) that decides which duplicate wins.
 */
import { strtol, strtoul } from './strtoul';

/** iproute2's configuration directory (CONFDIR). */
export const CONFDIR = '/etc/iproute2';

/** Where a reader reports problems (stderr of the running command). */
export type Warn = (text: string) => void;

/** One parsed `ID NAME` line. */
interface IdName {
  id: number;
  name: string;
}

const WS = /^[ \t\n\v\f\r]*/;

/** Emulates `sscanf(p, FMT, &id, namebuf) == 2` for the four fread_id_name formats. */
function scanIdName(p: string): IdName | null {
  const tryHex = (): IdName | null => {
    // "0x%x %s": literal "0x", then %x (which itself allows another 0x prefix), then a word.
    if (!p.startsWith('0x')) return null;
    const rest = p.slice(2);
    const lead = WS.exec(rest)![0].length;
    const body = rest.slice(lead);
    if (body.startsWith('-') || body.startsWith('+')) return null;
    const r = strtoul(body, 16);
    if (r.end === 0) return null;
    return word(body.slice(r.end), Number(BigInt.asIntN(32, r.value)));
  };
  const tryDec = (): IdName | null => {
    const lead = WS.exec(p)![0].length;
    const body = p.slice(lead);
    if (!/^[+-]?[0-9]/.test(body)) return null;
    const r = strtol(body, 10);
    if (r.end === 0) return null;
    return word(body.slice(r.end), Number(BigInt.asIntN(32, r.value)));
  };
  return tryHex() ?? tryDec();
}

/** The `%s` part: skip white space, take the next non-blank word. */
function word(rest: string, id: number): IdName | null {
  const m = /^[ \t\n\v\f\r]*([^ \t\n\v\f\r]+)/.exec(rest);
  return m ? { id, name: m[1] } : null;
}

/**
 * Reads `file` line by line like fread_id_name: blank and `#` lines skipped; a bad line prints
 * "Database FILE is corrupted at LINE" and stops reading (entries before it stay).
 * Returns null when the file does not exist (fopen failed).
 */
export function readIdNames(files: ReadonlyMap<string, string>, file: string, warn: Warn): IdName[] | null {
  const text = files.get(file);
  if (text === undefined) return null;
  const out: IdName[] = [];
  // fgets keeps the newline; the corrupted-line message prints it (so an empty line follows).
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  for (const line of lines) {
    const p = line.replace(/^[ \t]*/, '');
    if (p === '' || p.startsWith('#') || p.startsWith('\n')) continue;
    const e = scanIdName(p);
    if (!e) {
      warn(`Database ${file} is corrupted at ${p}\n`);
      return out;
    }
    out.push(e);
  }
  return out;
}

/** The `*.conf` files of a `.d` directory, in the order the simulator lists the directory. */
export function confFilesIn(files: ReadonlyMap<string, string>, dir: string): string[] {
  const prefix = `${dir}/`;
  return [...files.keys()]
    .filter((k) => {
      if (!k.startsWith(prefix)) return false;
      const base = k.slice(prefix.length);
      return !base.includes('/') && !base.startsWith('.') && base.length > 5 && base.endsWith('.conf');
    })
    .sort();
}

/** A 256-slot name array (rtnl_tab_initialize): index = id, later lines overwrite earlier ones. */
export class NameTab {
  readonly tab: (string | undefined)[];

  constructor(builtin: Readonly<Record<number, string>>) {
    this.tab = new Array<string | undefined>(256).fill(undefined);
    for (const [k, v] of Object.entries(builtin)) this.tab[Number(k)] = v;
  }

  /** Loads one file; ids outside 0..255 are ignored. Returns false when the file is missing. */
  load(files: ReadonlyMap<string, string>, file: string, warn: Warn): boolean {
    const entries = readIdNames(files, file, warn);
    if (!entries) return false;
    for (const e of entries) if (e.id >= 0 && e.id < 256) this.tab[e.id] = e.name;
    return true;
  }

  /** The first id (ascending) whose name is `name`. */
  idOf(name: string): number | undefined {
    const i = this.tab.indexOf(name);
    return i >= 0 ? i : undefined;
  }
}

/** A 256-bucket hash of names (rtnl_hash_initialize): new entries go to the head of bucket id&255. */
export class NameHash {
  readonly buckets: { id: number; name: string }[][] = Array.from({ length: 256 }, () => []);

  constructor(builtin: Readonly<Record<number, string>>) {
    for (const [k, v] of Object.entries(builtin))
      this.buckets[Number(k) & 255].push({ id: Number(k), name: v });
  }

  /** Loads one file; negative ids are ignored. Returns false when the file is missing. */
  load(files: ReadonlyMap<string, string>, file: string, warn: Warn): boolean {
    const entries = readIdNames(files, file, warn);
    if (!entries) return false;
    for (const e of entries) if (e.id >= 0) this.buckets[e.id & 255].unshift({ id: e.id, name: e.name });
    return true;
  }

  /** a2n order: buckets 0..255, each chain from its head. */
  idOf(name: string): number | undefined {
    for (const b of this.buckets) for (const e of b) if (e.name === name) return e.id;
    return undefined;
  }

  /** n2a: the newest entry for `id` in its bucket. */
  nameOf(id: number): string | undefined {
    for (const e of this.buckets[id & 255]) if (e.id === id) return e.name;
    return undefined;
  }
}
