import type { Host } from './host';
import { isLinkLocal6, isMulticast6, prefixContains } from './ip';
import type { IfAddr } from './model';
import { SCOPE } from './model';

/** The ifindex of a device's VRF master, or 0. */
function masterVrf(host: Host, ifindex: number): number {
  const m = host.link(ifindex)?.master;
  return m !== undefined && host.link(m)?.kind === 'vrf' ? m : 0;
}

/** in_dev_select_addr: the first primary address of a device with a usable, non-link scope. */
function inDevSelectAddr(host: Host, ifindex: number, scope: number): number {
  for (const a of host.addrsOf(ifindex, 4)) {
    if (a.secondary) continue;
    if (a.scope !== SCOPE.LINK && a.scope <= scope) return a.local as number;
  }
  return 0;
}

/**
 * inet_select_addr: the IPv4 source for traffic leaving `ifindex` towards `dst` (a gateway or 0)
 * with route scope `scope`. First a primary address of the device whose subnet holds `dst`
 * (else its first eligible one); failing that, the first suitable address of any device.
 */
export function inetSelectAddr(host: Host, ifindex: number, dst: number, scope: number): number {
  const dev = host.link(ifindex);
  let addr = 0;
  if (dev) {
    const localnetScope = host.sysctl.ipv4Dev(dev.name, 'route_localnet') ? SCOPE.LINK : SCOPE.HOST;
    for (const a of host.addrsOf(ifindex, 4)) {
      if (a.secondary) continue;
      if (Math.min(a.scope, localnetScope) > scope) continue;
      const subnet = (a.peer ?? a.local) as number;
      if (!dst || prefixContains(subnet, a.prefixLen, dst)) {
        addr = a.local as number;
        break;
      }
      if (!addr) addr = a.local as number;
    }
    if (addr) return addr;
  }
  const master = dev ? masterVrf(host, ifindex) : 0;
  if (master) {
    addr = inDevSelectAddr(host, master, scope);
    if (addr) return addr;
  }
  for (const l of host.links.values()) {
    if (masterVrf(host, l.ifindex) !== master) continue;
    addr = inDevSelectAddr(host, l.ifindex, scope);
    if (addr) return addr;
  }
  return 0;
}

/** __ipv6_addr_src_scope as a number: 1 node (loopback), 2 link, 5 site, 14 global. */
export function ipv6Scope(a: bigint): number {
  if (a === 1n) return 1;
  if (isMulticast6(a)) return Number((a >> 112n) & 0xfn);
  if (isLinkLocal6(a)) return 2;
  if (a >> 118n === 0x3fbn) return 5; // fec0::/10
  return 14;
}

/** The default address-selection policy table (RFC 6724, ip6_addrlbl_init_table). */
const LABELS: [bigint, number, number][] = [
  [0x1n, 128, 0],
  [0xffffn << 32n, 96, 4],
  [0x2002n << 112n, 16, 2],
  [0x2001n << 112n, 32, 6],
  [0x20010010n << 96n, 28, 7],
  [0x20010020n << 96n, 28, 7],
  [0xfcn << 120n, 7, 5],
  [0xfecn << 116n, 10, 11],
  [0x3ffen << 112n, 16, 12],
  [0n, 96, 3],
  [0n, 0, 1],
];

function label(a: bigint): number {
  let best = -1;
  let lab = 1;
  for (const [p, len, l] of LABELS) if (len > best && prefixContains(p, len, a)) ((best = len), (lab = l));
  return lab;
}

function commonPrefix(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 128;
  while (x) {
    x >>= 1n;
    n--;
  }
  return n;
}

/**
 * ipv6_dev_get_saddr: the IPv6 source towards `daddr` leaving `ifindex` (0 = unknown), by the
 * kernel's RFC 6724 rules: same address, scope, preferred, outgoing interface, label, longest
 * prefix. Link-local and multicast destinations use only the outgoing device's addresses.
 */
export function ipv6DevGetSaddr(host: Host, ifindex: number, daddr: bigint): bigint | undefined {
  const dscope = ipv6Scope(daddr);
  const dlabel = label(daddr);
  const oifOnly = ifindex !== 0 && (isMulticast6(daddr) || dscope <= 2);
  const devices = oifOnly ? [ifindex] : [...host.links.keys()];
  let best: IfAddr | undefined;
  const key = (a: IfAddr): number[] => {
    const addr = a.local as bigint;
    const s = ipv6Scope(addr);
    const match = Math.min(commonPrefix(addr, daddr), a.prefixLen);
    return [addr === daddr ? 1 : 0, s >= dscope ? -s : s - 128, 1, !ifindex || a.ifindex === ifindex ? 1 : 0, label(addr) === dlabel ? 1 : 0, match];
  };
  let bestKey: number[] = [];
  for (const dev of devices) {
    for (const a of host.addrsOf(dev, 6)) {
      if (a.tentative) continue;
      const k = key(a);
      if (!best || greater(k, bestKey)) {
        best = a;
        bestKey = k;
      }
    }
  }
  return best?.local as bigint | undefined;
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
