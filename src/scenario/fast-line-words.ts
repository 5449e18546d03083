/**
 * Reading one script line in place for the bulk route fast path (fast-ip-route.ts): a cursor over
 * words separated by single spaces, and the strict forms of the values it accepts (dotted quads,
 * plain decimals, device names without shell meaning). Whatever is not in these forms is left to
 * the general parser.
 */
import { plainIpv4 } from '../iproute2/inet-prefix';

/**
 * A cursor over the words of one line: single spaces between words, none around. The line is
 * `line` itself, or its part [pos, stop) when the caller reads a whole script in place.
 */
export class LineWords {
  pos = 0;
  /** End of the current word (exclusive), or -1 past the last word. */
  end = -1;
  line = '';
  /** End of the line (exclusive). */
  stop = 0;

  /** Starts over on `line`, at `pos`; the line ends at `stop` (default: line's end). */
  reset(line: string, pos: number, stop = line.length): this {
    this.line = line;
    this.pos = pos;
    this.end = -1;
    this.stop = stop;
    return this;
  }

  /** Moves to the next word; false at the end of the line or on a malformed gap. */
  next(): boolean {
    const stop = this.stop;
    if (this.end >= 0) {
      if (this.end >= stop) return false;
      this.pos = this.end + 1; // the single space
    }
    if (this.pos >= stop) return false;
    let e = this.line.indexOf(' ', this.pos);
    if (e < 0 || e > stop) e = stop;
    if (e === this.pos) return false; // two spaces in a row, or a leading/trailing space
    this.end = e;
    return true;
  }

  /** True when the current word is `w`. */
  is(w: string): boolean {
    return this.end - this.pos === w.length && this.line.startsWith(w, this.pos);
  }

  /** The current word as a string. */
  word(): string {
    return this.line.slice(this.pos, this.end);
  }

  /** True when there are no more words after the current one. */
  get last(): boolean {
    return this.end >= this.stop;
  }

  /** What prefix4() read: the address and the length (32 without `/LEN`). */
  addr = 0;
  addrLen = 0;

  /**
   * Reads the current word as `A.B.C.D[/LEN]` (a strict quad, a plain decimal length <= 32)
   * into addr and addrLen; false when it is not of that form.
   */
  prefix4(): boolean {
    const s = this.line;
    // The word's '/', if any (searched within the word only: `line` may be a whole script).
    let addrEnd = this.end;
    for (let i = this.pos; i < this.end; i++) {
      if (s.charCodeAt(i) === 47) {
        addrEnd = i;
        break;
      }
    }
    this.addr = quad(s, this.pos, addrEnd);
    if (this.addr < 0) return false;
    this.addrLen = 32;
    if (addrEnd < this.end) {
      this.addrLen = u32(s, addrEnd + 1, this.end);
      if (this.addrLen < 0 || this.addrLen > 32) return false;
    }
    return true;
  }
}

/** One cursor for every line: the fast path never reads two lines at once. */
export const CURSOR = new LineWords();

/**
 * A dotted quad with exactly four parts of 1-3 digits, no leading zeros, each <= 255: the unsigned
 * address, else -1 (inet_aton's other forms are the general reader's job).
 */
export function quad(s: string, start: number, end: number): number {
  return plainIpv4(s, start, end, true);
}

/**
 * quad() with the last few quads read kept by their text: bulk scripts name the same few
 * gateways on every line, and comparing a short text is cheaper than reading it again.
 */
export class QuadCache {
  private readonly texts: string[] = [];
  private readonly values: number[] = [];

  /** quad(s, start, end). */
  read(s: string, start: number, end: number): number {
    const n = end - start;
    const texts = this.texts;
    for (let i = 0; i < texts.length; i++) {
      if (texts[i].length === n && s.startsWith(texts[i], start)) return this.values[i];
    }
    const v = quad(s, start, end);
    if (v >= 0) {
      if (texts.length === 4) {
        texts.shift();
        this.values.shift();
      }
      texts.push(s.slice(start, end));
      this.values.push(v);
    }
    return v;
  }
}

/** A decimal without leading zeros (or "0") up to 2^32-1, else -1. */
export function u32(s: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0 || n > 10 || (n > 1 && s.charCodeAt(start) === 48)) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v > 0xffffffff ? -1 : v;
}

/** Characters a device name may have here without any shell meaning (no glob, no tilde). */
export function plainName(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
    if (!ok) return false;
  }
  return true;
}
