/** `-s` / `-d` ADDRESS[/MASK] as xtables parses and prints them. */
import { formatIpv4, formatIpv6, maskIp, parseIpv6, type Family, type Ip } from '../engine/ip';
import { paramError } from './errors';
import type { NfAddrMatch } from './types';

/** xtables_numeric_to_ipaddr: 1 to 4 dotted decimal parts, missing ones zero ("10" = 10.0.0.0). */
export function parseIpv4Loose(s: string): number | null {
  const parts = s.split('.');
  if (parts.length > 4) return null;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (p === undefined) {
      n = n * 256;
      continue;
    }
    if (!/^[0-9]{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n >>> 0;
}

function maskLen4(mask: number): number | null {
  let len = 0;
  while (len < 32 && mask & (0x80000000 >>> len)) len++;
  return (len === 32 ? 0xffffffff : (0xffffffff << (32 - len)) >>> 0) === mask >>> 0 ||
    (len === 0 && mask === 0)
    ? len
    : null;
}

/** xtables_ipparse_any / ip6parse_any for one address (lists with ',' are not modelled). */
export function parseAddrMatch(text: string, family: Family, invert: boolean): NfAddrMatch {
  const slash = text.indexOf('/');
  const host = slash < 0 ? text : text.slice(0, slash);
  const maskText = slash < 0 ? null : text.slice(slash + 1);
  const max = family === 4 ? 32 : 128;
  let len = max;
  if (maskText !== null) {
    if (family === 4 && maskText.includes('.')) {
      const m = parseIpv4Loose(maskText);
      const l = m === null ? null : maskLen4(m);
      if (l === null) throw paramError(`invalid mask \`${maskText}' specified`);
      len = l;
    } else {
      if (!/^[0-9]+$/.test(maskText) || Number(maskText) > max)
        throw paramError(`invalid mask \`${maskText}' specified`);
      len = Number(maskText);
    }
  }
  const addr: Ip | null = family === 4 ? parseIpv4Loose(host) : parseIpv6(host);
  if (addr === null) throw paramError(`host/network \`${host}' not found`);
  return { addr: maskIp(addr, len), len, invert };
}

/** An address as text (no mask). */
export function formatAddr(ip: Ip): string {
  return typeof ip === 'number' ? formatIpv4(ip) : formatIpv6(ip);
}

/** `-S` form: `ADDR/LEN`. */
export function saveAddr(m: NfAddrMatch): string {
  return `${formatAddr(m.addr)}/${m.len}`;
}

/** /etc/networks of Debian: names `-L` prints for network addresses without `-n`. */
const NETWORKS = new Map<number, string>([
  [0, 'default'],
  [0x7f000000, 'loopback'],
  [0xa9fe0000, 'link-local'],
]);

/** `-L` form: host without `/32`, network with its mask; names without `-n` (xtables_ipaddr_to_anyname). */
export function listAddr(m: NfAddrMatch | undefined, family: Family, numeric: boolean): string {
  const max = family === 4 ? 32 : 128;
  if (!m || (m.len === 0 && !numeric)) {
    if (!numeric) return 'anywhere';
    return family === 4 ? '0.0.0.0/0' : '::/0';
  }
  let name = formatAddr(m.addr);
  if (!numeric && typeof m.addr === 'number') {
    if (m.len === max && m.addr === 0x7f000001) name = 'localhost';
    else if (m.len !== max) name = NETWORKS.get(m.addr) ?? name;
  }
  return m.len === max ? name : `${name}/${m.len}`;
}
