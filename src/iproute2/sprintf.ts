/**
 * A small C printf for the formats iproute2's printers pass around (`%u:\t`, ` fwmark %#llx`,
 * `0x%02x`, ` sport %u`): flags `#`, `0`, `-`, width, length modifiers (ignored), and the
 * conversions d i u x X o s c %. Numbers may be numbers or bigints.
 */

/** Formats `fmt` with `args` like C sprintf for the supported subset. */
export function sprintf(fmt: string, ...args: unknown[]): string {
  let ai = 0;
  return fmt.replace(
    /%([#0\- +]*)(\d*)(?:\.(\d+))?(hh|h|ll|l|z|j)?([diuxXosc%])/g,
    (_m, flags: string, width: string, _prec, _len, conv: string) => {
      if (conv === '%') return '%';
      const arg = args[ai++];
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
          s = BigInt(arg as number | bigint).toString();
          break;
        case 'u':
          s = BigInt(arg as number | bigint).toString();
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
      const w = width === '' ? 0 : Number(width);
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w, ' ');
        else if (flags.includes('0') && conv !== 's') {
          const prefix = /^(0x|0X|-)/.exec(s)?.[0] ?? '';
          s = prefix + s.slice(prefix.length).padStart(w - prefix.length, '0');
        } else s = s.padStart(w, ' ');
      }
      return s;
    },
  );
}
