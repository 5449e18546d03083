/**
 * Fixtures for the `ip route` tests: a host shaped like the reference namespace (lo 1, a1 2,
 * a0 3, b1 4, b0 5, as `ip link add a0 type veth peer name a1; ...` numbers them), a session
 * with the stock /etc/iproute2, and a message-to-plain-object converter for golden comparisons.
 */
import { Host } from '../engine/host';
import { formatIp, parseIpv4Strict, parseIpv6, type Ip } from '../engine/ip';
import type { Link } from '../engine/model';
import type { RouteMessage } from '../engine/netlink';
import type { Session } from './context';
import { stockEtcFiles } from './etc-files';

/** A host with the reference namespace's devices (no addresses, no routes). */
export function referenceHost(): Host {
  const host = new Host();
  const names = ['lo', 'a1', 'a0', 'b1', 'b0'];
  for (const name of names) {
    const ifindex = host.nextIfindex++;
    const link: Link = {
      ifindex,
      name,
      kind: name === 'lo' ? 'loopback' : 'veth',
      up: true,
      group: 0,
      mtu: name === 'lo' ? 65536 : 1500,
      txqlen: 1000,
      mac: [2, 0, 0, 0, 0, ifindex],
      addrgenmode: 'eui64',
    };
    host.links.set(ifindex, link);
  }
  return host;
}

/** A session on the reference host with the stock name files. */
export function referenceSession(): Session {
  return { host: referenceHost(), files: stockEtcFiles() };
}

/**
 * `ip` arguments making two veth pairs, a0/a1 and b0/b1, up (b1 left down), with 10.0.1.1/24 on
 * a0 and 10.0.2.1/24 on b0: the machine the printer property tests route through.
 */
export const TWO_VETH_PAIRS: readonly string[] = [
  'link set lo up',
  'link add a0 type veth peer name a1',
  'link add b0 type veth peer name b1',
  'link set a0 up',
  'link set a1 up',
  'link set b0 up',
  'addr add 10.0.1.1/24 dev a0',
  'addr add 10.0.2.1/24 dev b0',
];

/** A JSON-able value: addresses as text, metrics sorted by name, undefined fields dropped. */
export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

function plainValue(key: string, v: unknown): Plain {
  if (['dst', 'src', 'gateway', 'prefsrc', 'newdst', 'via'].includes(key)) return formatIp(v as Ip);
  if (key === 'metrics') {
    const list = (v as { name: string; value: number | string; locked: boolean }[]).map((m) => ({ ...m }));
    return list.sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  if (key === 'multipath') return (v as Record<string, unknown>[]).map((h) => plainObject(h));
  return v as Plain;
}

function plainObject(o: Record<string, unknown>): { [k: string]: Plain } {
  const out: { [k: string]: Plain } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = plainValue(k, v);
  return out;
}

/** A route message as the corpus stores requests (see route-request-corpus.gen.py). */
export function plainRouteMessage(msg: RouteMessage): { [k: string]: Plain } {
  const { attrs, ...head } = msg;
  return { ...head, attrs: plainObject(attrs as Record<string, unknown>) };
}

/** An address written by inet_ntop back to the engine's value (its JavaScript type is the family). */
function ipFromText(s: string): Ip {
  const v = s.includes(':') ? parseIpv6(s) : parseIpv4Strict(s);
  if (v === null) throw new Error(`bad address in corpus: ${s}`);
  return v;
}

const ADDRESS_ATTRS = ['dst', 'src', 'gateway', 'prefsrc', 'newdst', 'via'];

/** The inverse of plainRouteMessage: a corpus message as a RouteMessage the printers take. */
export function routeMessageFromPlain(p: Record<string, unknown>): RouteMessage {
  const attrs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.attrs as Record<string, unknown>)) {
    if (ADDRESS_ATTRS.includes(k)) attrs[k] = ipFromText(v as string);
    else if (k === 'multipath')
      attrs[k] = (v as Record<string, unknown>[]).map((h) => {
        const hop: Record<string, unknown> = { ...h };
        for (const a of ['gateway', 'via']) if (typeof h[a] === 'string') hop[a] = ipFromText(h[a] as string);
        return hop;
      });
    else attrs[k] = v;
  }
  return { ...(p as unknown as RouteMessage), attrs: attrs as RouteMessage['attrs'] };
}
