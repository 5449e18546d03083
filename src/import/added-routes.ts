/**
 * The routes a build has added, in order, and which of them cover a gateway: a route refused for
 * its gateway (fib_check_nh, ip6_route_check_nh) is retried without the routes that hide the
 * gateway. The index by prefix is built on the first such question, so a dump whose routes are
 * all accepted pays nothing, and one with many refusals does not scan every added route each time.
 */
import { maskIp, parseIpv4Strict, parseIpv6, prefixContains, type Ip } from '../engine/ip';

const ROUTE_TYPE = /^(unicast|local|broadcast|multicast|unreachable|blackhole|prohibit|throw|nat|anycast)$/;

/** An address of either family, or null. */
export function parseAddr(s: string): Ip | null {
  return s.includes(':') ? parseIpv6(s) : parseIpv4Strict(s);
}

/** The destination prefix of route arguments (`[TYPE] PREFIX ...`). */
export function dstOf(args: string): [Ip, number] | undefined {
  const w = args.split(' ');
  const d = ROUTE_TYPE.test(w[0]) ? w[1] : w[0];
  if (d === undefined) return undefined;
  if (d === 'default') return [w.some((x) => x.includes(':')) ? 0n : 0, 0];
  const [a, len] = d.split('/');
  const ip = parseAddr(a);
  if (ip === null) return undefined;
  return [ip, len === undefined ? (typeof ip === 'bigint' ? 128 : 32) : Number(len)];
}

/** The index key of a prefix of a whole length, or undefined for a length prefixContains reads oddly. */
function keyOf(ip: Ip, len: number): number | string | undefined {
  const bits = typeof ip === 'bigint' ? 128 : 32;
  if (!Number.isInteger(len) || len < 0 || len > bits) return undefined;
  const net = maskIp(ip, len);
  return typeof net === 'bigint' ? `${net}/${len}` : net * 64 + len;
}

/** The arguments of the routes added so far, with a prefix index built on demand. */
export class AddedRoutes {
  readonly args: string[] = [];
  private byPrefix?: Map<number | string, number[]>;
  /** Added routes whose length keyOf cannot index: checked one by one. */
  private odd: number[] = [];

  /** Records the route added with `args`. */
  push(args: string): void {
    this.args.push(args);
    if (this.byPrefix) this.index(this.args.length - 1);
  }

  private index(i: number): void {
    const dst = dstOf(this.args[i]);
    if (dst === undefined) return;
    const key = keyOf(dst[0], dst[1]);
    if (key === undefined) {
      this.odd.push(i);
      return;
    }
    const list = this.byPrefix?.get(key);
    if (list) list.push(i);
    else this.byPrefix?.set(key, [i]);
  }

  /** The arguments of the added routes whose prefix holds `gw` (same family), in the order added. */
  covering(gw: Ip): string[] {
    if (!this.byPrefix) {
      this.byPrefix = new Map();
      for (let i = 0; i < this.args.length; i++) this.index(i);
    }
    const found: number[] = [];
    const bits = typeof gw === 'bigint' ? 128 : 32;
    for (let len = 0; len <= bits; len++) {
      const key = keyOf(gw, len);
      const list = key === undefined ? undefined : this.byPrefix.get(key);
      if (list) for (const i of list) found.push(i);
    }
    for (const i of this.odd) {
      const dst = dstOf(this.args[i]);
      if (dst !== undefined && typeof dst[0] === typeof gw && prefixContains(dst[0], dst[1], gw))
        found.push(i);
    }
    return found.sort((a, b) => a - b).map((i) => this.args[i]);
  }
}
