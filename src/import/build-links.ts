/**
 * Links into commands: veth pairs (the lower ifindex is the peer of the `ip link add`, as
 * veth_newlink registers it first), dummy, vrf and bridge devices, MACs pinned so IPv6 link-local
 * addresses come out the same, then MTU, group, master and up. A device the simulator cannot have
 * (a physical NIC, a tunnel, a veth whose peer lives in another namespace) becomes a dummy link,
 * with a warning.
 */
import { routeLines } from './dump-lines';
import type { LinkItem } from './parse-links';
import type { Replay } from './replay';
import type { Located } from './types';
import type { Warnings } from './warnings';

function withMac(l: LinkItem): string {
  return l.mac && l.linkType === 'ether' ? ` address ${l.mac}` : '';
}

/** Emits the commands that create and set up `links` (lo is already there). */
export function buildLinks(links: Located<LinkItem>[], replay: Replay, warnings: Warnings): void {
  const byName = new Map(links.map((l) => [l.value.name, l]));
  const sorted = [...links].sort((a, b) => a.value.ifindex - b.value.ifindex);
  const made = new Set<string>(['lo']);
  for (const { value: l, loc } of sorted) {
    if (made.has(l.name)) continue;
    if (l.linkType === 'loopback' || l.name === 'lo') {
      if (l.name !== 'lo') warnings.add(loc, `${l.name}: a second loopback device cannot be rebuilt`);
      continue;
    }
    const peer = l.peer ? byName.get(l.peer)?.value : undefined;
    const isVeth = l.kind === 'veth' || (!l.kind && peer?.peer === l.name);
    if (isVeth && peer && peer.peer === l.name && !l.otherNetns) {
      // `sorted` reaches the lower ifindex first: it is the peer of the command.
      replay.emit(`ip link add ${peer.name}${withMac(peer)} type veth peer name ${l.name}${withMac(l)}`, loc);
      made.add(peer.name);
    } else if (l.kind === 'vrf' && l.vrfTable !== undefined) {
      replay.emit(`ip link add ${l.name}${withMac(l)} type vrf table ${l.vrfTable}`, loc);
    } else if (l.kind === 'dummy' || l.kind === 'bridge') {
      replay.emit(`ip link add ${l.name}${withMac(l)} type ${l.kind}`, loc);
    } else {
      const what = isVeth
        ? 'a veth whose peer is not in the input (another namespace?)'
        : l.kind
          ? `a link of kind ${l.kind}`
          : 'a device of no simulated kind (physical?)';
      warnings.add(loc, `${l.name}: ${what}: simulated by a dummy link`);
      replay.emit(`ip link add ${l.name}${withMac(l)} type dummy`);
    }
    made.add(l.name);
  }
  for (const { value: l, loc } of sorted) {
    const have = [...replay.session.host.links.values()].find((x) => x.name === l.name);
    if (!have) continue;
    if (l.mtu !== undefined && have.mtu !== l.mtu) replay.emit(`ip link set ${l.name} mtu ${l.mtu}`, loc);
    if (l.group !== undefined && l.group !== 'default')
      replay.emit(`ip link set ${l.name} group ${l.group}`, loc);
  }
  for (const { value: l, loc } of sorted)
    if (l.master) replay.emit(`ip link set ${l.name} master ${l.master}`, loc);
}

/**
 * Emits `ip link set NAME up` for the links that are up, so that their IPv6 link-local routes come
 * out in `order` (the names as the main table lists their fe80::/64 routes). Both ends of a veth
 * get carrier when the second comes up, and that one configures first: a pair goes up in reverse.
 */
export function buildLinksUp(
  links: Located<LinkItem>[],
  replay: Replay,
  order: string[],
  linkLocal: Set<string>,
): Located<LinkItem>[] {
  const rank = (n: string) => {
    const i = order.indexOf(n);
    return i < 0 ? order.length : i;
  };
  const isUp = (l: LinkItem) => l.flags.includes('UP');
  const named = new Map(links.map((l) => [l.value.name, l.value]));
  // A device that is up without carrier but holds a link-local address had carrier once: its
  // veth peer was up then. Bring that peer up for a moment, so IPv6 configures as it did.
  const once = links.filter(
    (l) =>
      !isUp(l.value) &&
      l.value.peer !== undefined &&
      named.get(l.value.peer)?.peer === l.value.name &&
      isUp(named.get(l.value.peer) as LinkItem) &&
      linkLocal.has(l.value.peer),
  );
  const up = links.filter((l) => isUp(l.value) || once.includes(l));
  const byName = new Map(up.map((l) => [l.value.name, l]));
  up.sort((a, b) => rank(a.value.name) - rank(b.value.name) || a.value.ifindex - b.value.ifindex);
  const done = new Set<string>();
  for (const l of up) {
    if (done.has(l.value.name)) continue;
    const peer = l.value.peer ? byName.get(l.value.peer) : undefined;
    const pair = peer && peer.value.peer === l.value.name && !done.has(peer.value.name) ? [peer, l] : [l];
    for (const { value: x, loc } of pair) {
      replay.emit(`ip link set ${x.name} up`, loc);
      done.add(x.name);
    }
  }
  reorderLinkLocal(
    replay,
    order.filter((n) => byName.has(n)),
  );
  return once;
}

/** Takes down again the links buildLinksUp brought up for a moment (after the addresses). */
export function buildLinksDownAgain(once: Located<LinkItem>[], replay: Replay): void {
  for (const { value: l, loc } of once) replay.emit(`ip link set ${l.name} down`, loc);
}

/** The devices in the order of their IPv6 link-local prefix routes in main. */
function linkLocalOrder(replay: Replay): string[] {
  const out: string[] = [];
  for (const l of routeLines(replay, 6, 'main')) {
    const m = /^fe80::\/64 dev (\S+) proto kernel metric 256/.exec(l);
    if (m) out.push(m[1]);
  }
  return out;
}

/**
 * Takes devices down and up again until their link-local routes are in `want` order: a device
 * that comes up again configures IPv6 anew and its routes go last (addrconf_ifdown removes them).
 * Run before any address or route exists, so nothing else is lost.
 */
function reorderLinkLocal(replay: Replay, want: string[]): void {
  if (want.length < 2) return;
  const have = linkLocalOrder(replay).filter((n) => want.includes(n));
  // The longest prefix of `want` that `have` already lists in that order; the rest is cycled.
  let k = 0;
  while (k < want.length) {
    const prefix = new Set(want.slice(0, k + 1));
    const sub = have.filter((n) => prefix.has(n));
    if (sub.length !== k + 1 || sub.some((n, i) => n !== want[i])) break;
    k++;
  }
  for (const name of want.slice(k)) {
    replay.emit(`ip link set ${name} down`);
    replay.emit(`ip link set ${name} up`);
  }
}
