/**
 * The line nearly every route of a big dump is — `A.B.C.D[/LEN] via A.B.C.D [dev NAME]
 * [table T] [proto P] [metric N]`, single-spaced, as print_route writes a plain gateway route —
 * read in place, without splitting it into words or building a request, for the bulk insert
 * (routeNewBulk4). Anything else, including what ip would refuse, gives null: the caller then
 * takes the line through route-request.ts or the command's own parser, which own every error.
 */
import { RTPROT, TABLE } from '../engine/model';
import type { Names } from '../iproute2/names';
import type { Host } from '../engine/host';
import { LineWords, plainName, quad, u32 } from '../scenario/fast-line-words';
import { TailMemo } from './plain-route-tails';

/** A plain route's fields (reused from one line to the next: copy what you keep). */
export interface PlainRoute4 {
  dst: number;
  dstLen: number;
  gateway: number;
  /** The `dev` given (0: none). */
  oif: number;
  /** The metric (-1: none). */
  priority: number;
  /** The table (main when none given), as messageTable reads the request. */
  table: number;
  protocol: number;
}

/**
 * How many device, table and protocol words are remembered (a dump names a handful of each;
 * nothing renames links or tables while one dump's routes are added).
 */
const REMEMBERED = 8;

/** One reader per import: its cursor, the result it fills, and the name words seen. */
export class PlainRouteReader {
  private readonly w = new LineWords();
  private readonly route: PlainRoute4 = { dst: 0, dstLen: 0, gateway: 0, oif: 0, priority: -1, table: 0, protocol: 0 };
  private readonly devWords: [string, number][] = [];
  private readonly tableWords: [string, number][] = [];
  private readonly protoWords: [string, number][] = [];
  private readonly tails = new TailMemo();
  private readonly names: Names;
  private readonly host: Host;

  /** `names`: the command's name databases (`table` and `proto` words). */
  constructor(host: Host, names: Names) {
    this.host = host;
    this.names = names;
  }

  /** The fields of `line` when it is plain (see the file comment), else null. */
  read(line: string): PlainRoute4 | null {
    const w = this.w.reset(line, 0);
    if (!w.next()) return null;
    if (!w.prefix4()) return null;
    const s = line;
    const r = this.route;
    r.dst = w.addr;
    r.dstLen = w.addrLen;
    // The words after the destination repeat from line to line (a gateway, a device, a table):
    // read once per text, then found again by the text alone.
    const tails = this.tails;
    const from = w.end;
    const found = tails.find(s, from);
    if (found >= 0) return tails.fill(found, r) ? r : null;
    const plain = this.readTail(r);
    tails.keep(s, from, plain ? r : null);
    return plain ? r : null;
  }

  /** The words after the destination (the cursor on it) into `r`; false when not plain. */
  private readTail(r: PlainRoute4): boolean {
    const w = this.w;
    const s = w.line;
    r.gateway = -1;
    r.oif = -1;
    r.priority = -1;
    r.table = -1;
    r.protocol = -1;
    while (!w.last) {
      if (!w.next()) return false;
      if (w.is('via') && r.gateway < 0) {
        if (!w.next() || (r.gateway = quad(s, w.pos, w.end)) < 0) return false;
      } else if (w.is('dev') && r.oif < 0) {
        if (!w.next() || !plainName(s, w.pos, w.end)) return false;
        if ((r.oif = this.id(this.devWords, (d) => this.host.linkByName(d)?.ifindex ?? null)) < 0) return false;
      } else if (w.is('table') && r.table < 0) {
        if (!w.next() || (r.table = this.id(this.tableWords, (t) => this.names.rttableA2n(t))) < 0) return false;
      } else if (w.is('proto') && r.protocol < 0) {
        if (!w.next() || (r.protocol = this.id(this.protoWords, (p) => this.names.rtprotA2n(p))) < 0) return false;
      } else if (w.is('metric') && r.priority < 0) {
        if (!w.next() || (r.priority = u32(s, w.pos, w.end)) < 0) return false;
      } else return false;
    }
    if (r.gateway < 0) return false;
    if (r.oif < 0) r.oif = 0;
    // rtm_table 0 is main (fib_new_table); ip sends RTPROT_BOOT unless told.
    if (r.table <= 0) r.table = TABLE.MAIN;
    if (r.protocol < 0) r.protocol = RTPROT.BOOT;
    return true;
  }

  /** The number of the name word under the cursor (`lookup` reads a new one), or -1. */
  private id(seen: [string, number][], lookup: (word: string) => number | null): number {
    const w = this.w;
    for (let i = 0; i < seen.length; i++) if (w.is(seen[i][0])) return seen[i][1];
    const word = w.word();
    const id = lookup(word) ?? -1;
    if (seen.length >= REMEMBERED) seen.shift();
    seen.push([word, id]);
    return id;
  }
}
