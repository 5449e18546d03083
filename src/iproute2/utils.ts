/**
 * Ports of iproute2 6.1 lib/utils.c: keyword abbreviation (matches), the number readers
 * (get_u32 & co.), and the fatal argument printers (invarg, duparg, missarg, incomplete_command)
 * with iproute2's own texts and exit codes. Address parsing lives in ./inet-prefix.
 */
import { CommandExit, type CommandOutput } from './context';
import { LONG_MAX, LONG_MIN, ULONG_MAX, plainDecimal, strtol, strtoul } from './strtoul';

export { getAddr, getAddr1, getPrefix, getPrefix1, familyName, type InetPrefix } from './inet-prefix';

/**
 * matches(prefix, string) == 0 in C: `word` is a non-empty prefix of `keyword` (so abbreviations
 * like `pref` for `preference` are accepted). The empty word never matches.
 */
export function matches(word: string, keyword: string): boolean {
  return word.length > 0 && keyword.startsWith(word);
}

/** Parses a whole string as strtoul does and applies get_u*'s checks; null where C returns -1. */
function getUnsignedMax(arg: string, base: number, max: bigint): number | null {
  if (arg === '') return null;
  const plain = plainDecimal(arg, base);
  if (plain >= 0) return plain > Number(max) ? null : plain;
  const r = strtoul(arg, base);
  // empty string or trailing non-digits
  if (r.end === 0 || r.end !== arg.length) return null;
  // overflow (res == ULONG_MAX && errno == ERANGE)
  if (r.value === ULONG_MAX && r.erange) return null;
  if (r.value > max) return null;
  return Number(r.value);
}

/** get_u32(): a u32 in `base` (0 = C rules: 0x hex, leading 0 octal), or null. */
export function getU32(arg: string, base = 0): number | null {
  return getUnsignedMax(arg, base, 0xffffffffn);
}

/** get_unsigned(): the same checks as get_u32 (unsigned int is 32 bits). */
export function getUnsigned(arg: string, base = 0): number | null {
  return getUnsignedMax(arg, base, 0xffffffffn);
}

/** get_u16(): a u16, or null. */
export function getU16(arg: string, base = 0): number | null {
  return getUnsignedMax(arg, base, 0xffffn);
}

/** get_u8(): a u8, or null. */
export function getU8(arg: string, base = 0): number | null {
  return getUnsignedMax(arg, base, 0xffn);
}

/** get_u64(): a u64 as a bigint, or null. */
export function getU64(arg: string, base = 0): bigint | null {
  if (arg === '') return null;
  const r = strtoul(arg, base);
  if (r.end === 0 || r.end !== arg.length) return null;
  if (r.value === ULONG_MAX && r.erange) return null;
  return r.value;
}

/** get_long(): a C long (64-bit), or null. */
export function getLong(arg: string, base = 0): bigint | null {
  if (arg === '') return null;
  const r = strtol(arg, base);
  if (r.end === 0 || r.end !== arg.length) return null;
  if ((r.value === LONG_MAX || r.value === LONG_MIN) && r.erange) return null;
  return r.value;
}

/** get_integer(): a C int (get_long, then the INT_MIN..INT_MAX check), or null. */
export function getInteger(arg: string, base = 0): number | null {
  const v = getLong(arg, base);
  if (v === null || v < -2147483648n || v > 2147483647n) return null;
  return Number(v);
}

/** get_s32(): a signed 32-bit value, or null. */
export function getS32(arg: string, base = 0): number | null {
  return getInteger(arg, base);
}

/** Writes `text` to stderr and stops the command with `status` (fprintf + exit). */
export function fatal(out: CommandOutput, text: string, status: number): never {
  out.err(text);
  out.exit(status);
  throw new CommandExit(status);
}

/**
 * A handler that *returns* a failure in C (`return -1`, turned into the exit status by do_cmd)
 * rather than calling exit(): the same as CommandExit for a single command, but `ip -batch`
 * reports it as "Command failed" and goes on with -force.
 */
export class HandlerReturn extends CommandExit {}

/** Prints `text` and ends the handler as `return` would, with exit status `status`. */
export function returnFrom(out: CommandOutput, text: string, status: number): never {
  out.err(text);
  out.exit(status);
  throw new HandlerReturn(status);
}

/** incomplete_command(): "Command line is not complete. Try option \"help\"", exit(-1) = 255. */
export function incompleteCommand(out: CommandOutput): never {
  return fatal(out, 'Command line is not complete. Try option "help"\n', 255);
}

/** missarg(): `Error: argument "KEY" is required`, exit 255. */
export function missarg(out: CommandOutput, key: string): never {
  return fatal(out, `Error: argument "${key}" is required\n`, 255);
}

/**
 * invarg(): `Error: argument "ARG" is wrong: MSG`, exit 255. Many iproute2 messages end in
 * "\n" themselves, which prints an empty line after the error; pass them verbatim.
 */
export function invarg(out: CommandOutput, msg: string, arg: string): never {
  return fatal(out, `Error: argument "${arg}" is wrong: ${msg}\n`, 255);
}

/** duparg(): `Error: duplicate "KEY": "ARG" is the second value.`, exit 255. */
export function duparg(out: CommandOutput, key: string, arg: string): never {
  return fatal(out, `Error: duplicate "${key}": "${arg}" is the second value.\n`, 255);
}

/** duparg2(): `Error: either "KEY" is duplicate, or "ARG" is a garbage.`, exit 255. */
export function duparg2(out: CommandOutput, key: string, arg: string): never {
  return fatal(out, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`, 255);
}

/** nodev(): prints `Cannot find device "DEV"` (the caller decides the exit status). */
export function nodev(out: CommandOutput, dev: string): void {
  out.err(`Cannot find device "${dev}"\n`);
}

/** check_ifname(): a name the kernel's dev_valid_name would take (< 16 bytes, no '/' or space). */
export function checkIfname(name: string): boolean {
  if (utf8Length(name) >= 16) return false;
  if (name === '') return false;
  return !/[/\s]/.test(name);
}

/** Length of `s` in UTF-8 bytes (C strlen of the argv string). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
