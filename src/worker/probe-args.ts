/** Recognising a script's probes: `ip route get` lines, with ip's abbreviations and options. */

const PROBE = /^\s*ip((?:\s+-\S+)*)\s+r(?:o(?:u(?:te?)?)?)?\s+g(?:et?)?(?:\s+(.*?))?\s*$/;

/** The arguments of an `ip route get` command line, or null when the line is no probe. */
export function probeArgs(command: string): string | null {
  const m = PROBE.exec(command);
  return m ? (m[2] ?? '') : null;
}

/** True for an `ip route get` command line (`ip -4 r g ...` included). */
export function isProbe(command: string): boolean {
  return PROBE.test(command);
}

/** The family a probe asks about: 6 for `-6` or an IPv6 destination, else 4. */
export function probeFamily(command: string): 4 | 6 {
  const m = PROBE.exec(command);
  if (!m) return 4;
  if (/\s-6\b/.test(m[1])) return 6;
  const words = (m[2] ?? '').split(/\s+/);
  const dst = words[0] === 'to' ? words[1] : words[0];
  return dst?.includes(':') ? 6 : 4;
}

/** The words of probe arguments, as the shell would split simple unquoted text. */
export function splitArgs(args: string): string[] {
  return args.split(/\s+/).filter((w) => w !== '');
}
