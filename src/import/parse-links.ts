/**
 * `ip [-d] link show` and `ip addr show` (text and `-j` JSON) into links and addresses: what each
 * device is (kind, veth peer, master, MAC, MTU, group, up) and the addresses it holds.
 */
import { isJsonBlock, parseJsonObjects, word } from './json-block';
import type { Block, Located } from './types';
import { at, type Warnings } from './warnings';

/** A device as the link dumps show it. */
export interface LinkItem {
  ifindex: number;
  name: string;
  /** The name after "@" (a veth peer, or `ifN` / `NONE` when it lives elsewhere). */
  peer?: string;
  flags: string[];
  mtu?: number;
  group?: string;
  master?: string;
  mac?: string;
  linkType?: string;
  /** `-d`: the kind word (veth, dummy, vrf, bridge...). */
  kind?: string;
  vrfTable?: number;
  /** The peer is in another namespace (`link-netnsid`). */
  otherNetns?: boolean;
}

/** An address as `ip addr show` shows it: the words after `inet`/`inet6`, label last (IPv4). */
export interface AddrItem {
  dev: string;
  family: 4 | 6;
  words: string[];
}

/** What a link or address dump holds; `addrs` is undefined when it showed no addresses at all. */
export interface LinkDump {
  links: Located<LinkItem>[];
  addrs?: Located<AddrItem>[];
}

const KINDS =
  /^(veth|dummy|vrf|bridge|bond|vlan|macvlan|ipvlan|vxlan|wireguard|tun|gre|gretap|ipip|sit|ip6tnl|geneve|team|ifb|nlmon|xfrm|bridge_slave|vrf_slave|bond_slave)$/;

/** The links (and addresses, for `ip addr show`) of a link dump block. */
export function parseLinks(b: Block, warnings: Warnings, addrsExpected: boolean): LinkDump {
  if (isJsonBlock(b)) return parseJsonLinks(b, warnings);
  const links: Located<LinkItem>[] = [];
  const addrs: Located<AddrItem>[] = [];
  let cur: LinkItem | undefined;
  let sawAddr = addrsExpected;
  b.lines.forEach((line, i) => {
    const n = b.firstLine + i;
    if (line.trim() === '') return;
    const head = /^(\d+): ([^\s:@]+)(?:@([^\s:]+))?: <([^>]*)>(.*)$/.exec(line);
    if (head) {
      const rest = head[5];
      const field = (k: string) => new RegExp(`\\b${k} (\\S+)`).exec(rest)?.[1];
      cur = {
        ifindex: Number(head[1]),
        name: head[2],
        peer: head[3],
        flags: head[4] ? head[4].split(',') : [],
      };
      const mtu = field('mtu');
      if (mtu) cur.mtu = Number(mtu);
      cur.group = field('group');
      cur.master = field('master');
      links.push({ value: cur, loc: at(b.file, n) });
      return;
    }
    const t = line.trim();
    const first = t.split(/\s+/)[0];
    if (!cur) {
      warnings.add(at(b.file, n), `line outside any device: ${JSON.stringify(t.slice(0, 60))}`);
      return;
    }
    const col = line.search(/\S/) + 1;
    if (first.startsWith('link/')) {
      cur.linkType = first.slice(5);
      const mac = /^link\/\S+ (\S+)/.exec(t)?.[1];
      if (mac && /^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(mac)) cur.mac = mac;
      if (/ link-netns(id)? /.test(t)) cur.otherNetns = true;
    } else if (first === 'inet' || first === 'inet6') {
      sawAddr = true;
      const words = t.split(/\s+/).slice(1);
      addrs.push({
        value: { dev: cur.name, family: first === 'inet' ? 4 : 6, words },
        loc: at(b.file, n, col),
      });
    } else if (KINDS.test(first)) {
      if (!first.endsWith('_slave')) cur.kind = first;
      const table = /^vrf table (\d+)/.exec(t)?.[1];
      if (table) cur.vrfTable = Number(table);
    } else if (!/^(valid_lft|altname|prop|addrgenmode|promiscuity|alias|vf|link-netns)/.test(first)) {
      warnings.add(at(b.file, n, col), `${cur.name}: ${first} details not rebuilt`);
    }
  });
  return { links, addrs: sawAddr ? addrs : undefined };
}

function parseJsonLinks(b: Block, warnings: Warnings): LinkDump {
  const links: Located<LinkItem>[] = [];
  const addrs: Located<AddrItem>[] = [];
  let sawAddr = false;
  for (const { o, loc } of parseJsonObjects(b, warnings)) {
    if (typeof o.ifname !== 'string' || typeof o.ifindex !== 'number') {
      warnings.add(loc, `JSON link without "ifname"/"ifindex": ${JSON.stringify(o).slice(0, 80)}`);
      continue;
    }
    const info = o.linkinfo as { info_kind?: string; info_data?: { table?: number } } | undefined;
    const l: LinkItem = {
      ifindex: o.ifindex,
      name: o.ifname,
      peer:
        typeof o.link === 'string'
          ? o.link
          : typeof o.link_index === 'number'
            ? `if${o.link_index}`
            : undefined,
      flags: Array.isArray(o.flags) ? o.flags.map(word) : [],
      mtu: typeof o.mtu === 'number' ? o.mtu : undefined,
      group: typeof o.group === 'string' ? o.group : undefined,
      master: typeof o.master === 'string' ? o.master : undefined,
      mac: typeof o.address === 'string' ? o.address : undefined,
      linkType: typeof o.link_type === 'string' ? o.link_type : undefined,
      kind: info?.info_kind,
      vrfTable: info?.info_data?.table,
      otherNetns: o.link_netnsid !== undefined,
    };
    links.push({ value: l, loc });
    if (Array.isArray(o.addr_info)) {
      sawAddr = true;
      for (const a of o.addr_info as Record<string, unknown>[])
        addrs.push({ value: jsonAddr(l.name, a), loc });
    }
  }
  return { links, addrs: sawAddr ? addrs : undefined };
}

/** An `addr_info` entry as the words `ip addr show` prints after `inet`/`inet6`. */
function jsonAddr(dev: string, a: Record<string, unknown>): AddrItem {
  const family = a.family === 'inet6' ? 6 : 4;
  const w: string[] = [];
  const local = `${word(a.local)}`;
  if (a.address !== undefined && a.address !== a.local)
    w.push(local, 'peer', `${word(a.address)}/${word(a.prefixlen)}`);
  else w.push(`${local}/${word(a.prefixlen)}`);
  if (a.broadcast !== undefined) w.push('brd', word(a.broadcast));
  if (a.scope !== undefined) w.push('scope', word(a.scope));
  for (const f of [
    'secondary',
    'nodad',
    'noprefixroute',
    'home',
    'mngtmpaddr',
    'tentative',
    'deprecated',
    'dadfailed',
    'optimistic',
    'dynamic',
  ])
    if (a[f] === true) w.push(f);
  if (a.metric !== undefined) w.push('metric', word(a.metric));
  if (family === 4 && typeof a.label === 'string') w.push(a.label);
  return { dev, family, words: w };
}
