/**
 * pcapng options (draft-ietf-opsawg-pcapng, section 3.5): code, length, value padded to 32 bits,
 * ended by opt_endofopt or the end of the block; and the interface timestamp resolution.
 */

/** One option as read: its code and value bytes. */
export interface PcapngOption {
  readonly code: number;
  readonly value: Uint8Array;
}

/** Parses the options in `b` from `at`; a string names the fault (its offset inside `b`). */
export function parseOptions(
  b: Uint8Array,
  at: number,
  le: boolean,
): PcapngOption[] | { fault: string; at: number } {
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  const out: PcapngOption[] = [];
  while (at + 4 <= b.length) {
    const code = v.getUint16(at, le);
    const len = v.getUint16(at + 2, le);
    if (code === 0) break;
    if (at + 4 + len > b.length) return { fault: `option ${code} of length ${len} runs past the block`, at };
    out.push({ code, value: b.subarray(at + 4, at + 4 + len) });
    at += 4 + ((len + 3) & ~3);
  }
  return out;
}

/** Decodes a UTF-8 option value (opt_comment, if_name, if_description are UTF-8). */
export function optionText(value: Uint8Array): string {
  // TextDecoder exists in browsers, Workers and Node; the pure build has no DOM lib for it.
  const TD = (globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } })
    .TextDecoder;
  let end = value.length;
  while (end > 0 && value[end - 1] === 0) end--;
  return new TD().decode(value.subarray(0, end));
}

/** Converts a pcapng timestamp in units of if_tsresol (default 6) to nanoseconds. */
export function timestampToNs(ts: bigint, tsresol: number, offsetSec: bigint): bigint {
  const exp = BigInt(tsresol & 0x7f);
  let ns: bigint;
  if (tsresol & 0x80) ns = (ts * 1_000_000_000n) >> exp;
  else if (exp <= 9n) ns = ts * 10n ** (9n - exp);
  else ns = ts / 10n ** (exp - 9n);
  return ns + offsetSec * 1_000_000_000n;
}
