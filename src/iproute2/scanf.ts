/**
 * The two sscanf patterns iproute2 uses for ranges: "%u-%u" (uidrange) and "%hu-%hu" (ports).
 * glibc's %u skips blanks, takes an optional sign and decimal digits, converts like strtoul and
 * then truncates to the target width, so `-1` is 4294967295 and port 70000 is 4464; anything
 * after the last conversion is ignored.
 */
import { strtoul } from './strtoul';

/** One %u-style conversion at `s`; null when no digits. */
function scanUnsigned(s: string, bits: 16 | 32): { value: number; rest: string } | null {
  if (!/^[ \t\n\v\f\r]*[+-]?[0-9]/.test(s)) return null;
  const r = strtoul(s, 10);
  if (r.end === 0) return null;
  const value = Number(r.value & ((1n << BigInt(bits)) - 1n));
  return { value, rest: s.slice(r.end) };
}

/** sscanf(s, "%u-%u") or "%hu-%hu": the values converted (0, 1 or 2 of them). */
export function scanRange(s: string, bits: 16 | 32): number[] {
  const a = scanUnsigned(s, bits);
  if (!a) return [];
  if (!a.rest.startsWith('-')) return [a.value];
  const b = scanUnsigned(a.rest.slice(1), bits);
  return b ? [a.value, b.value] : [a.value];
}
