/**
 * A small C printf for the formats iproute2's printers pass around (`%u:\t`, ` fwmark %#llx`,
 * `0x%02x`, ` sport %u`): flags `#`, `0`, `-`, width, length modifiers (ignored), and the
 * conversions d i u x X o s c %. Numbers may be numbers or bigints.
 */

/** One conversion of a format (`%#08llx` → flags "#0", width 8, conv "x"). */
interface Conversion {
  flags: string;
  width: number;
  conv: string;
}

/** A format split once into literal text and conversions (`%%` is literal text). */
type Piece = string | Conversion;

const CONVERSION = /%([#0\- +]*)(\d*)(?:\.(\d+))?(hh|h|ll|l|z|j)?([diuxXosc%])/g;
/** Formats seen so far: printers use a few fixed ones, so each is parsed once. */
const compiled = new Map<string, Piece[]>();
const MAX_COMPILED = 512;

function compile(fmt: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let last = 0;
  for (const m of fmt.matchAll(CONVERSION)) {
    text += fmt.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] === '%') {
      text += '%';
      continue;
    }
    if (text !== '') pieces.push(text);
    text = '';
    pieces.push({ flags: m[1], width: m[2] === '' ? 0 : Number(m[2]), conv: m[5] });
  }
  text += fmt.slice(last);
  if (text !== '') pieces.push(text);
  return pieces;
}

/** A decimal integer: numbers that are exact integers print directly, others go through BigInt. */
function decimal(arg: unknown): string {
  return typeof arg === 'number' && Number.isSafeInteger(arg)
    ? String(arg)
    : BigInt(arg as number | bigint).toString();
}

function convert(c: Conversion, arg: unknown): string {
  const { flags, conv } = c;
  let s: string;
  switch (conv) {
    case 's':
      s = arg === null || arg === undefined ? '(null)' : String(arg);
      break;
    case 'c':
      s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg);
      break;
    case 'd':
    case 'i':
    case 'u':
      s = decimal(arg);
      break;
    case 'o': {
      const v = BigInt(arg as number | bigint);
      s = v.toString(8);
      if (flags.includes('#') && v !== 0n) s = `0${s}`;
      break;
    }
    default: {
      const v = BigInt(arg as number | bigint);
      s = v.toString(16);
      if (conv === 'X') s = s.toUpperCase();
      // C prints no 0x prefix for zero even with '#'.
      if (flags.includes('#') && v !== 0n) s = (conv === 'X' ? '0X' : '0x') + s;
    }
  }
  const w = c.width;
  if (s.length < w) {
    if (flags.includes('-')) s = s.padEnd(w, ' ');
    else if (flags.includes('0') && conv !== 's') {
      const prefix = /^(0x|0X|-)/.exec(s)?.[0] ?? '';
      s = prefix + s.slice(prefix.length).padStart(w - prefix.length, '0');
    } else s = s.padStart(w, ' ');
  }
  return s;
}

function piecesOf(fmt: string): Piece[] {
  let pieces = compiled.get(fmt);
  if (pieces === undefined) {
    pieces = compile(fmt);
    if (compiled.size < MAX_COMPILED) compiled.set(fmt, pieces);
  }
  return pieces;
}

/** sprintf(fmt, arg): the one-value form the printers use, without an argument array. */
export function sprintf1(fmt: string, arg: unknown): string {
  const pieces = piecesOf(fmt);
  let r = '';
  let used = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (typeof p === 'string') r += p;
    else {
      r += convert(p, used ? undefined : arg);
      used = true;
    }
  }
  return r;
}

/** Formats `fmt` with `args` like C sprintf for the supported subset. */
export function sprintf(fmt: string, ...args: unknown[]): string {
  const pieces = piecesOf(fmt);
  let r = '';
  let ai = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    r += typeof p === 'string' ? p : convert(p, args[ai++]);
  }
  return r;
}
