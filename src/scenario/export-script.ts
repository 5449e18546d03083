/**
 * A host turned back into the commands that rebuild it: the "whole scenario as commands" view of
 * the web app and the canonical form of a script. The order is the one a person would write:
 * /etc/iproute2 names, links, addresses, sysctls, routes, rules, iptables rules.
 *
 * Links, addresses and sysctls are read from the host. Routes and rules are not rebuilt from
 * the host's structures but diffed as text: the link and address commands are replayed on a
 * fresh machine, and every `ip route show` / `ip rule show` line the original has and the replay
 * lacks becomes an `add` (lines only the replay has, such as a deleted default rule, a `del`).
 * What the kernel derives by itself (prefix routes, table local, VRF rules) is thus never
 * written out, and the output rebuilds the same dumps by construction.
 */
import { formatIp } from '../engine/ip';
import { generateMac } from '../engine/link-state';
import type { IfAddr, Link } from '../engine/model';
import type { Session } from '../iproute2/context';
import { STOCK_ETC_IPROUTE2 } from '../iproute2/etc-files';
import { saveRules } from '../netfilter/index';
import { createSession, runScript } from './run-script';

const SCOPES: Record<number, string> = { 200: 'site', 253: 'link', 254: 'host', 255: 'nowhere' };

/** The commands (one per line, newline-terminated) that rebuild `session`'s routing state. */
export function exportScript(session: Session): string {
  const links = [...exportFiles(session), ...exportLinks(session)];
  const replay = createSession();
  runScript(lines(links), replay);
  // Bringing lo up adds 127.0.0.1 and ::1 by itself: write only the addresses the replay lacks.
  const addrs = exportAddrs(session, replay);
  runScript(lines(addrs), replay);
  const setup = [...links, ...addrs];
  const sysctls = exportSysctls(session, replay);
  runScript(lines(sysctls), replay);
  const out = [
    ...setup,
    ...sysctls,
    ...diffShown(session, replay, 4, 'route'),
    ...diffShown(session, replay, 6, 'route'),
    ...diffShown(session, replay, 4, 'rule'),
    ...diffShown(session, replay, 6, 'rule'),
    // iptables rules last, as `iptables -S` prints them (the marks they set feed the rules above).
    ...saveRules(session.netfilter),
  ];
  return lines(out);
}

function lines(commands: string[]): string {
  return commands.map((c) => `${c}\n`).join('');
}

/** `echo LINE >> FILE` for every line appended to a stock /etc/iproute2 file, or written anew. */
function exportFiles(session: Session): string[] {
  const out: string[] = [];
  for (const [path, text] of session.files) {
    const stock = STOCK_ETC_IPROUTE2[path] ?? '';
    const added = text.startsWith(stock) ? text.slice(stock.length) : text;
    for (const line of added.split('\n')) if (line.trim()) out.push(`echo ${shellWord(line)} >> ${path}`);
  }
  return out;
}

/** Quotes a word for the shell when it needs it (tabs in rt_tables lines, say). */
function shellWord(s: string): string {
  return /^[\w./:@ -]+$/.test(s) && !/ {2}|^ | $/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

function exportLinks(session: Session): string[] {
  const { links } = session.host;
  const out: string[] = [];
  const ordered = [...links.values()].sort((a, b) => a.ifindex - b.ifindex);
  // Settings go in the order people write them: each link of an `add`, then its veth peer.
  const settingsOrder: Link[] = ordered.filter((l) => l.kind === 'loopback');
  for (const l of ordered) {
    if (l.kind === 'loopback') continue;
    if (l.kind === 'veth') {
      const peer = l.peer === undefined ? undefined : links.get(l.peer);
      // veth_newlink registers the peer first, so the lower ifindex is the peer of the command.
      if (peer && peer.ifindex > l.ifindex) {
        out.push(`ip link add ${peer.name} type veth peer name ${l.name}`);
        settingsOrder.push(peer, l);
      } else if (!peer) {
        out.push(`ip link add ${l.name} type veth`);
        settingsOrder.push(l);
      }
      continue;
    }
    out.push(
      l.kind === 'vrf'
        ? `ip link add ${l.name} type vrf table ${l.vrfTable ?? 0}`
        : `ip link add ${l.name} type ${l.kind}`,
    );
    settingsOrder.push(l);
  }
  for (const l of settingsOrder) out.push(...linkSettings(session, l));
  return out;
}

function linkSettings(session: Session, l: Link): string[] {
  const out: string[] = [];
  // A MAC set by the script (it derives the IPv6 link-local address): before the link comes up.
  const mac = l.mac.map((b) => b.toString(16).padStart(2, '0')).join(':');
  if (
    l.kind !== 'loopback' &&
    mac !==
      generateMac(l.ifindex)
        .map((b) => b.toString(16).padStart(2, '0'))
        .join(':')
  )
    out.push(`ip link set ${l.name} address ${mac}`);
  const master = l.master === undefined ? undefined : session.host.links.get(l.master);
  if (master) out.push(`ip link set ${l.name} master ${master.name}`);
  if (l.group !== 0) out.push(`ip link set ${l.name} group ${l.group}`);
  if (l.alias) out.push(`ip link set ${l.name} alias ${shellWord(l.alias)}`);
  if (l.up) out.push(`ip link set ${l.name} up`);
  return out;
}

function exportAddrs(session: Session, replay: Session): string[] {
  const key = (s: Session, a: IfAddr) =>
    `${s.host.links.get(a.ifindex)?.name} ${formatIp(a.local)}/${a.prefixLen} ${a.peer === undefined ? '' : formatIp(a.peer)}`;
  const present = new Set(replay.host.addrs.map((a) => key(replay, a)));
  return session.host.addrs
    .filter((a) => !a.kernel && !present.has(key(session, a)))
    .map((a) => addrCommand(session, a));
}

function addrCommand(session: Session, a: IfAddr): string {
  const dev = session.host.links.get(a.ifindex)?.name ?? String(a.ifindex);
  const words = [a.family === 6 ? 'ip -6 addr add' : 'ip addr add'];
  words.push(a.peer !== undefined ? formatIp(a.local) : `${formatIp(a.local)}/${a.prefixLen}`);
  if (a.peer !== undefined) words.push(`peer ${formatIp(a.peer)}/${a.prefixLen}`);
  if (a.broadcast !== undefined) words.push(`broadcast ${formatIp(a.broadcast)}`);
  if (a.scope && SCOPES[a.scope]) words.push(`scope ${SCOPES[a.scope]}`);
  words.push(`dev ${dev}`);
  if (a.label && a.label !== dev) words.push(`label ${a.label}`);
  if (a.metric) words.push(`metric ${a.metric}`);
  if (a.noprefixroute) words.push('noprefixroute');
  if (a.nodad) words.push('nodad');
  return words.join(' ');
}

/** `sysctl -w` for every value that differs from the replay: `all` and `default` before devices. */
function exportSysctls(session: Session, replay: Session): string[] {
  const rank = (k: string) => (/\.all\.|ip_forward/.test(k) ? 0 : /\.default\./.test(k) ? 1 : 2);
  return session.host.sysctl
    .keys()
    .filter((k) => replay.host.sysctl.has(k) && replay.host.sysctl.get(k) !== session.host.sysctl.get(k))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((k) => `sysctl -w ${k}=${session.host.sysctl.get(k)}`);
}

/** The shown lines of `ip -F route show table all` or `ip -F -d rule show`, one per object. */
export function shownLines(session: Session, family: 4 | 6, what: 'route' | 'rule'): string[] {
  const cmd = what === 'route' ? `ip -${family} route show table all` : `ip -${family} -d rule show`;
  const text = runScript(cmd, session)[0]?.stdout ?? '';
  // A multipath route continues on lines starting with a tab: join them to one.
  return text
    .replace(/\n\t/g, ' ')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/**
 * The `ip [-6] route|rule del|add` commands that turn `replay`'s shown routes or rules into
 * `session`'s: a `del` for each line only `replay` has, an `add` for each line only `session` has.
 */
export function diffShown(
  session: Session,
  replay: Session,
  family: 4 | 6,
  what: 'route' | 'rule',
): string[] {
  const want = shownLines(session, family, what);
  const have = shownLines(replay, family, what);
  const remaining = new Map<string, number>();
  for (const l of have) remaining.set(l, (remaining.get(l) ?? 0) + 1);
  const adds: string[] = [];
  for (const l of want) {
    const n = remaining.get(l) ?? 0;
    if (n > 0) remaining.set(l, n - 1);
    else adds.push(l);
  }
  const dels = [...remaining].flatMap(([l, n]) => Array<string>(n).fill(l));
  const ip = family === 6 ? 'ip -6' : 'ip';
  const command = what === 'route' ? routeWords : ruleWords;
  return [
    ...dels.map((l) => `${ip} ${what} del ${command(l)}`),
    ...adds.map((l) => `${ip} ${what} add ${command(l)}`),
  ];
}

/** A `route show` line as `route add` arguments: flags that only the kernel sets are dropped. */
export function routeWords(line: string): string {
  const words = line
    .replace(/ (linkdown|dead|offload|trap|rt_offload|rt_trap|rt_offload_failed|pervasive|notify)\b/g, '')
    .replace(/ expires -?\d+sec/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // iproute_modify puts local, broadcast, anycast and nat routes in table local unless told:
  // one shown without a table word is in main and must say so.
  return /^(local|broadcast|anycast|nat) /.test(words) && !/ table /.test(words)
    ? `${words} table main`
    : words;
}

/** A `rule show -d` line as `rule add` arguments, with its priority last. */
export function ruleWords(line: string): string {
  const m = /^(\d+):\s+(.*)$/.exec(line);
  if (!m) return line;
  const body = m[2]
    .replace(/ \[(detached|unresolved)\]/g, '')
    .replace(/ lookup \[l3mdev-table\]/, ' l3mdev')
    .replace(/ proto unspec$/, '')
    .trim();
  return `${body} pref ${m[1]}`;
}
