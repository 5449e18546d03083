/**
 * What one line of a paste looks like: the output of which command, or a header naming the
 * command whose output follows (a `### rpdb-snapshot v1: CMD` section header or a `$ CMD` prompt).
 */
import type { BlockKind } from './types';

/** The first line of every snapshot file made by scripts/rpdb-snapshot.sh. */
export const SNAPSHOT_MAGIC = '### rpdb-snapshot v1';

const ROUTE_TYPE =
  '(?:unicast|local|broadcast|multicast|unreachable|blackhole|prohibit|throw|nat|anycast|\\d+)';
const ROUTE_LINE = new RegExp(`^(?:${ROUTE_TYPE} )?(?:default|[0-9a-fA-F.:]+(?:/\\d+)?)(?: |$)`);
const RULE_LINE =
  /^\d+:\s+(?:not\s+)?(?:from|to|iif|oif|fwmark|tos|dsfield|lookup|l3mdev|uidrange|ipproto|sport|dport|goto|nop|blackhole|unreachable|prohibit|realms|suppress_|tun_id|table|proto)\b/;
const LINK_LINE = /^\d+: [^\s:]+(?:@[^\s:]+)?: </;
const SYSCTL_LINE = /^(?:sysctl\s+(?:-\w+\s+)*)?[a-z][\w-]*(?:\.[\w:@/+-]+)+\s*=/;
const RT_TABLES_LINE = /^\s*(?:0x[0-9a-fA-F]+|\d+)\s+[^\s#]+\s*(?:#.*)?$/;

/** The command a header line names (the text after the snapshot header or the prompt). */
export function headerCommand(line: string): string {
  if (line.startsWith(SNAPSHOT_MAGIC)) return line.slice(SNAPSHOT_MAGIC.length + 1).trim();
  return line.replace(/^\s*[$#]\s+(sudo\s+)?/, '').trim();
}

/** The block kind a header line announces, `null` for "no block", `undefined` if not a header. */
export function headerKind(line: string): BlockKind | null | undefined {
  let cmd: string;
  if (line.startsWith(SNAPSHOT_MAGIC)) {
    const rest = line.slice(SNAPSHOT_MAGIC.length);
    if (!rest.startsWith(':')) return null;
    cmd = rest.slice(1).trim();
  } else {
    // A prompt starts with `$` or `#`, after white space only.
    const c = line.charCodeAt(0);
    if (c > 32 && c < 127 && c !== 35 && c !== 36) return undefined;
    const m = /^\s*[$#]\s+((?:sudo\s+)?(?:ip|sysctl|cat|nmcli)\s.*)$/.exec(line);
    if (!m) return undefined;
    cmd = m[1].replace(/^sudo\s+/, '');
  }
  return commandKind(cmd);
}

/** The block kind of a command's output (the command as typed). */
export function commandKind(cmd: string): BlockKind | null {
  const words = cmd.split(/\s+/);
  if (words[0] === 'cat')
    return /rt_tables/.test(cmd)
      ? 'rt_tables'
      : /\.network\b/.test(cmd)
        ? 'networkd'
        : /NetworkManager|\.nmconnection/.test(cmd)
          ? 'nm'
          : null;
  if (words[0] === 'sysctl') return 'sysctl';
  if (words[0] === 'nmcli') return 'nm';
  if (words[0] !== 'ip') return null;
  const six =
    words.includes('-6') ||
    words.includes('-family=inet6') ||
    (words.some((w) => /^-f(amily)?$/.test(w)) && words.includes('inet6'));
  const object = words.slice(1).find((w) => !w.startsWith('-') && w !== 'inet6' && w !== 'inet');
  if (!object) return null;
  if ('link'.startsWith(object) || 'address'.startsWith(object) || object === 'addr') return 'links';
  if ('rule'.startsWith(object) && object.length >= 2) return six ? 'rules6' : 'rules4';
  if ('route'.startsWith(object) && object.length >= 2) return six ? 'routes6' : 'routes';
  return null;
}

/** The kind of output a line of a headerless paste looks like, or `undefined`. */
export function lineKind(line: string): BlockKind | undefined {
  if (/^\s*$/.test(line) || /^\s*#/.test(line)) return 'comment';
  if (/^\s*[[{]/.test(line) && !/^\s*\[[A-Za-z][\w-]*\]\s*$/.test(line)) return 'json';
  if (/^\s*\[[A-Za-z][\w-]*\]\s*$/.test(line))
    return /^\s*\[(ipv4|ipv6|connection|ethernet|wifi|vpn|wireguard)\]/.test(line) ? 'nm' : 'networkd';
  if (/^\s*ipv[46]\.routing-rules:/.test(line)) return 'nm';
  if (LINK_LINE.test(line)) return 'links';
  if (RULE_LINE.test(line)) return 'rules4';
  if (SYSCTL_LINE.test(line)) return 'sysctl';
  if (ROUTE_LINE.test(line)) return 'routes';
  if (RT_TABLES_LINE.test(line)) return 'rt_tables';
  return undefined;
}
