/** Number parsing as xtables does it (strtoul with base 0, range-checked), and mark/mask text. */

/** xtables_strtoui(s, NULL, ..., 0, max): the whole string as a C number (hex 0x, octal 0, decimal). */
export function parseCNumber(s: string, max: number): number | null {
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) n = s.length === 1 ? 0 : parseInt(s.slice(1), 8);
  else if (/^[1-9][0-9]*$/.test(s)) n = Number(s);
  else return null;
  return n <= max ? n : null;
}

/** xtables markmask "VALUE[/MASK]" (xtparse_mval); mask 0xffffffff when absent; null when invalid. */
export function parseMarkMask(s: string): { value: number; mask: number; hasMask: boolean } | null {
  const slash = s.indexOf('/');
  const v = parseCNumber(slash < 0 ? s : s.slice(0, slash), 0xffffffff);
  if (v === null) return null;
  if (slash < 0) return { value: v, mask: 0xffffffff, hasMask: false };
  const m = parseCNumber(s.slice(slash + 1), 0xffffffff);
  if (m === null) return null;
  return { value: v, mask: m, hasMask: true };
}

/** "0x%x" of an unsigned 32-bit value. */
export function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}
