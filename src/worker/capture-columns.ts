/**
 * Classified packets kept compactly: one typed array per column, strings interned (captures
 * repeat the same addresses, verdicts and queries), so a million packets take tens of MB and a
 * filter or a group count is a scan over small integers.
 */
import type { PacketRecord } from '../capture/types';
import type { ClassifiedPacket } from '../classify/types';

/** Strings ↔ small integers; id 0 is the empty string. */
export class Interner {
  readonly values: string[] = [''];
  readonly #ids = new Map<string, number>([['', 0]]);

  /** The id of `s`, added if new. */
  id(s: string | undefined): number {
    if (s === undefined || s === '') return 0;
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(s);
      this.#ids.set(s, id);
    }
    return id;
  }
}

/** Direction codes of the `dir` column. */
export const DIR_NONE = 0;
export const DIR_INPUT = 1;
export const DIR_OUTPUT = 2;
/** `rule` column: no rule decided (null), or the packet was skipped. */
export const RULE_NONE = -1;
export const RULE_SKIPPED = -2;

function grow<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const Ctor = a.constructor as new (n: number) => T;
  const b = new Ctor(size);
  b.set(a);
  return b;
}

/** The packet table of one classify run. */
export class CaptureColumns {
  length = 0;
  time = new Float64Array(1024);
  index = new Uint32Array(1024);
  iface = new Uint32Array(1024);
  dir = new Uint8Array(1024);
  src = new Uint32Array(1024);
  dst = new Uint32Array(1024);
  proto = new Int32Array(1024);
  sport = new Int32Array(1024);
  dport = new Int32Array(1024);
  mark = new Uint32Array(1024);
  markedBy = new Uint32Array(1024);
  rule = new Int32Array(1024);
  table = new Uint32Array(1024);
  verdict = new Uint32Array(1024);
  query = new Uint32Array(1024);
  answer = new Uint32Array(1024);
  link = new Uint32Array(1024);
  tos = new Int32Array(1024);
  /** Interned strings: interfaces, addresses, tables, verdicts, mangle rules, queries. */
  readonly strings = new Interner();

  /** Appends one packet: its capture record (for the columns the lookup does not echo) and its outcome. */
  push(p: PacketRecord, c: ClassifiedPacket, ifaceKey: string): void {
    if (this.length === this.time.length) this.#grow();
    const i = this.length++;
    const s = this.strings;
    this.time[i] = p.timestampNs === null ? NaN : Number(p.timestampNs) / 1e9;
    this.index[i] = p.index;
    this.iface[i] = s.id(ifaceKey);
    this.dir[i] = c.direction === 'input' ? DIR_INPUT : c.direction === 'output' ? DIR_OUTPUT : DIR_NONE;
    this.src[i] = s.id(p.src);
    this.dst[i] = s.id(p.dst);
    this.proto[i] = p.proto ?? -1;
    this.sport[i] = p.sport ?? -1;
    this.dport[i] = p.dport ?? -1;
    this.mark[i] = c.mark ?? 0;
    this.markedBy[i] = s.id(c.markedBy);
    this.rule[i] = c.skipped !== undefined ? RULE_SKIPPED : (c.rule ?? RULE_NONE);
    this.table[i] = s.id(c.table);
    this.verdict[i] = s.id(c.skipped !== undefined ? `skipped: ${c.skipped}` : c.verdict);
    this.query[i] = s.id(c.query);
    this.link[i] = s.id(c.link);
    this.tos[i] = p.tos ?? -1;
    this.answer[i] = s.id(c.skipped !== undefined ? '' : (c.stdout ?? '') + (c.stderr ?? ''));
  }

  #grow(): void {
    const n = this.time.length * 2;
    this.time = grow(this.time, n);
    this.index = grow(this.index, n);
    this.iface = grow(this.iface, n);
    this.dir = grow(this.dir, n);
    this.src = grow(this.src, n);
    this.dst = grow(this.dst, n);
    this.proto = grow(this.proto, n);
    this.sport = grow(this.sport, n);
    this.dport = grow(this.dport, n);
    this.mark = grow(this.mark, n);
    this.markedBy = grow(this.markedBy, n);
    this.rule = grow(this.rule, n);
    this.table = grow(this.table, n);
    this.verdict = grow(this.verdict, n);
    this.query = grow(this.query, n);
    this.answer = grow(this.answer, n);
    this.link = grow(this.link, n);
    this.tos = grow(this.tos, n);
  }
}
