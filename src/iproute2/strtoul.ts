/**
 * glibc strtoul(3)/strtol(3) on a 64-bit machine (unsigned long = 64 bits), the number reader
 * behind every iproute2 get_u32/get_unsigned/name lookup. Values are bigints so overflow rules
 * (ERANGE saturation, negation modulo 2^64) come out exactly.
 */

/** What strtoul/strtol returned: value, index of the first unparsed character, and ERANGE. */
export interface StrtoResult {
  readonly value: bigint;
  /** endptr as an index into the string; 0 when no conversion happened (endptr == nptr). */
  readonly end: number;
  /** errno == ERANGE after the call. */
  readonly erange: boolean;
}

/** ULONG_MAX on x86-64. */
export const ULONG_MAX = (1n << 64n) - 1n;
/** LONG_MAX on x86-64. */
export const LONG_MAX = (1n << 63n) - 1n;
/** LONG_MIN on x86-64. */
export const LONG_MIN = -(1n << 63n);

const SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);

function digitValue(c: string | undefined): number {
  if (c === undefined) return 99;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/** Shared scanner: sign, base prefix and digits, as glibc's ____strtoul_l_internal does. */
function scan(s: string, base: number): { neg: boolean; mag: bigint; end: number } {
  let i = 0;
  while (i < s.length && SPACE.has(s[i])) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  let b = base;
  // "0x" counts as a prefix only when a hex digit follows; "0x" alone parses as 0 ending at "x".
  const hasHexPrefix = s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s[i + 2]) < 16;
  if (b === 0) {
    if (hasHexPrefix) {
      b = 16;
      i += 2;
    } else if (s[i] === '0') b = 8;
    else b = 10;
  } else if (b === 16 && hasHexPrefix) i += 2;
  const start = i;
  let mag = 0n;
  const bigBase = BigInt(b);
  while (i < s.length && digitValue(s[i]) < b) {
    mag = mag * bigBase + BigInt(digitValue(s[i]));
    i++;
  }
  if (i === start) return { neg: false, mag: 0n, end: 0 };
  return { neg, mag, end: i };
}

/**
 * The value of `s` when it is a plain decimal number that strtoul with `base` (0 or 10) reads
 * whole: 1 to 15 digits, no sign, blank or base prefix, and no leading 0 in base 0 (octal) except
 * "0" itself. -1 otherwise (the caller then takes the general path). No bigint is made.
 * `start`/`end` select part of `s` (as if it were sliced).
 */
export function plainDecimal(s: string, base: number, start = 0, end = s.length): number {
  const n = end - start;
  if (n <= 0 || n > 15 || (base !== 10 && base !== 0)) return -1;
  if (base === 0 && n > 1 && s.charCodeAt(start) === 48) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** strtoul(s, &end, base): negative input wraps modulo 2^64, overflow saturates with ERANGE. */
export function strtoul(s: string, base: number): StrtoResult {
  const { neg, mag, end } = scan(s, base);
  if (end === 0) return { value: 0n, end: 0, erange: false };
  if (mag > ULONG_MAX) return { value: ULONG_MAX, end, erange: true };
  return { value: neg && mag !== 0n ? (1n << 64n) - mag : mag, end, erange: false };
}

/** strtol(s, &end, base): saturates at LONG_MIN/LONG_MAX with ERANGE. */
export function strtol(s: string, base: number): StrtoResult {
  const { neg, mag, end } = scan(s, base);
  if (end === 0) return { value: 0n, end: 0, erange: false };
  const v = neg ? -mag : mag;
  if (v > LONG_MAX) return { value: LONG_MAX, end, erange: true };
  if (v < LONG_MIN) return { value: LONG_MIN, end, erange: true };
  return { value: v, end, erange: false };
}

/**
 * The common iproute2 idiom `res = strtoul(arg, &end, base); if (!end || end == arg || *end ||
 * res > max) return -1;` (rtnl_*_a2n): the whole string must be a number not above `max`.
 */
export function strtoulWhole(arg: string, base: number, max: bigint): bigint | null {
  const plain = plainDecimal(arg, base);
  if (plain >= 0) return BigInt(plain) > max ? null : BigInt(plain);
  const r = strtoul(arg, base);
  if (r.end === 0 || r.end !== arg.length || r.value > max) return null;
  return r.value;
}
