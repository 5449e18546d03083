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

/** The interned ids of one outcome's texts, and the outcome they were made from. */
interface OutcomeTexts {
  readonly srcText: string | undefined;
  readonly dstText: string | undefined;
  readonly c: ClassifiedPacket;
  readonly src: number;
  readonly dst: number;
  readonly markedBy: number;
  readonly table: number;
  readonly verdict: number;
  readonly query: number;
  readonly link: number;
  readonly answer: number;
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
  /** ICMP/ICMPv6 type << 8 | code, -1 for other packets (the mangle table's `--icmp-type` reads them). */
  icmp = new Int32Array(1024);
  /** Interned strings: interfaces, addresses, tables, verdicts, mangle rules, queries. */
  readonly strings = new Interner();

  /** Appends one packet: its capture record (for the columns the lookup does not echo) and its outcome. */
  push(p: PacketRecord, c: ClassifiedPacket, ifaceKey: string): void {
    if (this.length === this.time.length) this.#grow();
    const i = this.length++;
    const s = this.strings;
    this.time[i] = p.timestampNs === null ? NaN : Number(p.timestampNs) / 1e9;
    this.index[i] = p.index;
    if (ifaceKey !== this.#lastKey) {
      this.#lastKey = ifaceKey;
      this.#lastKeyId = s.id(ifaceKey);
    }
    this.iface[i] = this.#lastKeyId;
    this.dir[i] = c.direction === 'input' ? DIR_INPUT : c.direction === 'output' ? DIR_OUTPUT : DIR_NONE;
    this.proto[i] = p.proto ?? -1;
    this.sport[i] = p.sport ?? -1;
    this.dport[i] = p.dport ?? -1;
    this.mark[i] = c.mark ?? 0;
    this.rule[i] = c.skipped !== undefined ? RULE_SKIPPED : (c.rule ?? RULE_NONE);
    this.tos[i] = p.tos ?? -1;
    this.icmp[i] = p.icmpType === undefined ? -1 : (p.icmpType << 8) | (p.icmpCode ?? 0);
    if (c.skipped !== undefined) {
      this.src[i] = s.id(p.src);
      this.dst[i] = s.id(p.dst);
      this.markedBy[i] = s.id(c.markedBy);
      this.table[i] = s.id(c.table);
      this.verdict[i] = this.#skippedId(c.skipped);
      this.query[i] = s.id(c.query);
      this.link[i] = s.id(c.link);
      this.answer[i] = 0;
      return;
    }
    const t = this.#texts(p, c);
    this.src[i] = t.src;
    this.dst[i] = t.dst;
    this.markedBy[i] = t.markedBy;
    this.table[i] = t.table;
    this.verdict[i] = t.verdict;
    this.query[i] = t.query;
    this.link[i] = t.link;
    this.answer[i] = t.answer;
  }

  // Packets of a flow share their outcome's strings: the ids of an outcome's texts (and of the
  // addresses, which its query names) are kept by its query, checked against the packet's own
  // texts (another outcome of the same query is interned afresh, in the same order as always),
  // and no text (`skipped: WHY`, stdout + stderr) is built per packet.
  #lastKey = '';
  #lastKeyId = 0;
  readonly #skipped = new Map<string, number>();
  readonly #byQuery = new Map<string, OutcomeTexts>();

  #skippedId(why: string): number {
    let id = this.#skipped.get(why);
    if (id === undefined) {
      id = this.strings.id(`skipped: ${why}`);
      this.#skipped.set(why, id);
    }
    return id;
  }

  #texts(p: PacketRecord, c: ClassifiedPacket): OutcomeTexts {
    const q = c.query ?? '';
    const known = this.#byQuery.get(q);
    if (
      known !== undefined &&
      known.srcText === p.src &&
      known.dstText === p.dst &&
      known.c.markedBy === c.markedBy &&
      known.c.table === c.table &&
      known.c.verdict === c.verdict &&
      known.c.link === c.link &&
      known.c.stdout === c.stdout &&
      known.c.stderr === c.stderr
    )
      return known;
    const s = this.strings;
    const t: OutcomeTexts = {
      srcText: p.src,
      dstText: p.dst,
      c,
      src: s.id(p.src),
      dst: s.id(p.dst),
      markedBy: s.id(c.markedBy),
      table: s.id(c.table),
      verdict: s.id(c.verdict),
      query: s.id(c.query),
      link: s.id(c.link),
      answer: s.id((c.stdout ?? '') + (c.stderr ?? '')),
    };
    this.#byQuery.set(q, t);
    return t;
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
    this.icmp = grow(this.icmp, n);
  }
}
