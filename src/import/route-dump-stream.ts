/**
 * `ip -4|-6 route show [table all]` read line by line as ip prints it, without holding the whole
 * dump: a million routes print about 50 MB, which the check after the build only needs to walk
 * once. The lines are exactly those of the whole text put through dump-lines' transformation
 * (multipath `nexthop` lines joined to their route, blank lines dropped, white space collapsed).
 */
import { CommandOutput, type Session } from '../iproute2/context';
import { ipMain } from '../iproute2/ip-main';
import { normalRoute } from './parse-routes';

/** Which routes a route dump covers: every table (`table all`) or main only (plain `ip route show`). */
export type RouteScope = 'all' | 'main';

/**
 * Standard output passed on as route lines: cut into pieces (of about `piece` characters) that
 * end before a line that can start no `\n\s+nexthop` run.
 */
export class LineSink extends CommandOutput {
  private buf = '';
  /** A whole route line (outRouteLine), not passed on yet: a nexthop run could still continue it. */
  private pending: string | null = null;
  private readonly onLine: (line: string) => void;
  private readonly piece: number;

  constructor(onLine: (line: string) => void, piece = 1 << 16) {
    super();
    this.onLine = onLine;
    this.piece = piece;
  }

  override out(text: string): void {
    if (text === '') return;
    const pending = this.pending;
    if (pending !== null) {
      // The line held back is whole unless this text continues it (a nexthop run).
      this.pending = null;
      if (startsNoRun(text)) this.onLine(pending);
      else this.buf = `${pending} \n`;
    }
    this.buf += text;
    if (this.buf.length >= this.piece) this.flush(false);
  }

  /** A whole regular line (see CommandOutput): passed on as it is, once nothing can continue it. */
  override outRouteLine(line: string): void {
    const pending = this.pending;
    if (pending !== null) this.onLine(pending);
    this.pending = null;
    if (this.buf !== '') {
      if (this.buf.charCodeAt(this.buf.length - 1) !== 10) {
        this.out(`${line} \n`);
        return;
      }
      this.flush(true);
    }
    this.pending = line;
  }

  /** Passes on the complete lines (all of them when `last`). */
  flush(last: boolean): void {
    if (this.pending !== null) {
      // Held back only while nothing else is buffered: nothing can follow it any more.
      if (!last) return;
      this.onLine(this.pending);
      this.pending = null;
    }
    let cut = this.buf.length;
    if (!last) {
      // A cut after `\n` before a non-space that does not start `nexthop`: no
      // /\n\s+nexthop/ match can cross it.
      cut = this.buf.lastIndexOf('\n');
      while (cut >= 0 && !safeCut(this.buf, cut + 1))
        cut = cut === 0 ? -1 : this.buf.lastIndexOf('\n', cut - 1);
      if (cut < 0) return;
      cut++;
    }
    const piece = this.buf.slice(0, cut);
    this.buf = this.buf.slice(cut);
    emitLines(piece, this.onLine);
  }
}

/** True when a piece may end just before position `i` of `s` (a line start). */
function safeCut(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  // \s of a regex: the ASCII spaces are enough here, any other code unit is not white space
  // in ip's output, but err on the side of not cutting.
  if (c <= 32 || c === 0xa0 || c > 0x7f) return false;
  // The text after the cut must show it does not start `nexthop` (it may still be coming).
  return s.length - i >= 7 && !s.startsWith('nexthop', i);
}

/** Dump text as route lines, all at once: what LineSink gives piece by piece. */
export function routeLinesOf(text: string): string[] {
  return text
    .replace(/\n\s+nexthop/g, ' nexthop')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(normalRoute);
}

/** White space that normalRoute would collapse, in a line without its one trailing space. */
const IRREGULAR = /\s\s|\t|^\s|\s$/;

/** A printable ASCII character: what a route line that is neither blank nor continued starts with. */
function lineStart(c: number): boolean {
  return c > 32 && c < 127;
}

/** True when `text` shows that no /\n\s+nexthop/ run can go on into it (see safeCut). */
function startsNoRun(text: string): boolean {
  const c = text.charCodeAt(0);
  return lineStart(c) && (c !== 110 || (text.length >= 7 && !text.startsWith('nexthop')));
}

/** routeLinesOf for a piece of dump text, line by line. */
function emitLines(text: string, onLine: (line: string) => void): void {
  const joined = text.includes('nexthop') ? text.replace(/\n\s+nexthop/g, ' nexthop') : text;
  let start = 0;
  while (start < joined.length) {
    let end = joined.indexOf('\n', start);
    if (end < 0) end = joined.length;
    if (lineStart(joined.charCodeAt(start))) {
      // Not blank; normalRoute without its intermediate slice (the common, regular line).
      const t = joined.slice(start, joined.charCodeAt(end - 1) === 32 ? end - 1 : end);
      onLine(IRREGULAR.test(t) ? normalRoute(joined.slice(start, end)) : t);
    } else {
      const l = joined.slice(start, end);
      if (l.trim() !== '') onLine(normalRoute(l));
    }
    start = end + 1;
  }
}

/**
 * Calls `onLine` with each route of `family` that `ip -FAMILY route show [table all]` prints on
 * `session`, in dump order, as one normalised line. Returns the command's exit status.
 */
export function streamRouteLines(
  session: Session,
  family: 4 | 6,
  scope: RouteScope,
  onLine: (line: string) => void,
): number {
  const sink = new LineSink(onLine);
  const argv = [`-${family}`, 'route', 'show'];
  if (scope === 'all') argv.push('table', 'all');
  ipMain(session, argv, sink);
  sink.flush(true);
  return sink.status;
}
