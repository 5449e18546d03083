/**
 * Addresses into `ip addr add` commands. Addresses the kernel adds by itself (127.0.0.1 and ::1
 * when lo comes up, EUI-64 link-local addresses) are left out: they are already on the replayed
 * machine. IPv6 addresses are added oldest first; `ip addr show` lists the newest first.
 */
import { formatIp, parseIpv4Strict, parseIpv6, type Ip } from '../engine/ip';
import type { AddrItem } from './parse-links';
import type { Replay } from './replay';
import type { Located } from './types';
import type { Warnings } from './warnings';

const KEEP_FLAGS = new Set(['nodad', 'noprefixroute', 'home', 'mngtmpaddr', 'optimistic', 'autojoin']);
const DROP_FLAGS = new Set([
  'secondary',
  'primary',
  'tentative',
  'deprecated',
  'dynamic',
  'permanent',
  'stable-privacy',
]);

/** `dev prefix` of an address, as a key to compare the input with the replayed machine. */
function addrKey(dev: string, local: string): string {
  const [ip, len] = local.split('/');
  const parsed: Ip | null = ip.includes(':') ? parseIpv6(ip) : parseIpv4Strict(ip);
  return `${dev} ${parsed === null ? ip : formatIp(parsed)}/${len ?? ''}`;
}

/** The `ip addr add` command of a shown address, or a reason it cannot be one. */
export function addrCommand(a: AddrItem): { cmd: string; dropped: string[] } {
  const w = [...a.words];
  const words = [a.family === 6 ? 'ip -6 addr add' : 'ip addr add', w.shift() ?? ''];
  const dropped: string[] = [];
  let label: string | undefined;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x === 'scope' && w[i + 1] === 'global') i++;
    else if (x === 'peer' || x === 'scope' || x === 'metric' || x === 'proto') words.push(x, w[++i] ?? '');
    else if (x === 'brd') words.push('broadcast', w[++i] ?? '');
    else if (x === 'valid_lft' || x === 'preferred_lft') i++;
    else if (KEEP_FLAGS.has(x)) words.push(x);
    else if (DROP_FLAGS.has(x)) continue;
    else if (a.family === 4 && i === w.length - 1) label = x;
    else dropped.push(x);
  }
  words.push('dev', a.dev);
  if (label !== undefined && label !== a.dev) words.push('label', label);
  return { cmd: words.join(' '), dropped };
}

/** Emits the addresses of `addrs` the replayed machine does not have yet. */
export function buildAddrs(addrs: Located<AddrItem>[], replay: Replay, warnings: Warnings): void {
  const present = new Set<string>();
  for (const a of replay.session.host.addrs) {
    const dev = replay.session.host.links.get(a.ifindex)?.name ?? '';
    present.add(addrKey(dev, `${formatIp(a.local)}/${a.prefixLen}`));
  }
  const v4 = addrs.filter((a) => a.value.family === 4);
  // Per device, IPv6 addresses in reverse: ipv6_add_addr puts a new address before the older ones.
  const v6 = addrs.filter((a) => a.value.family === 6).reverse();
  for (const { value: a, loc } of [...v4, ...v6]) {
    const local = a.words[0] ?? '';
    const peerAt = a.words.indexOf('peer');
    const key = addrKey(a.dev, peerAt >= 0 ? `${local}/${a.words[peerAt + 1]?.split('/')[1] ?? ''}` : local);
    if (present.has(key)) continue;
    const { cmd, dropped } = addrCommand(a);
    if (dropped.length) warnings.add(loc, `${a.dev} ${local}: ${dropped.join(' ')} not rebuilt`);
    replay.emit(cmd, loc);
  }
}
