/**
 * ipaddr_list_flush_or_save() of ip/ipaddress.c (iproute2 6.1): `ip link show`, `ip addr show`
 * and `ip addr flush` share one argument loop, one link/address filter and one printing loop.
 */
import { addrDel, addrDump } from '../engine/addrs';
import { AF_INET, maskIp, prefixContains } from '../engine/ip';
import { linkDump } from '../engine/links';
import type { LinkDumpMessage } from '../engine/link-message';
import type { AddrMessage } from '../engine/netlink';
import { printAddrinfo, ifaFlags } from './addr-print';
import { ArgCursor } from './args';
import type { CommandOutput, IpOptions, Session } from './context';
import { IpPrinter } from './json-print';
import { printLinkinfo, sl, type LinkPrintContext } from './link-print';
import { printBrief } from './link-brief';
import { Names } from './names';
import { rtnlTalk } from './rtnl-talk';
import { duparg2, getPrefix, invarg, type InetPrefix } from './utils';
import { afOf } from './inet-prefix';

const AF_PACKET = 17;
const FLAG_NAMES: Record<string, number> = {
  secondary: 0x01,
  temporary: 0x01,
  nodad: 0x02,
  optimistic: 0x04,
  dadfailed: 0x08,
  home: 0x10,
  deprecated: 0x20,
  tentative: 0x40,
  permanent: 0x80,
  mngtmpaddr: 0x100,
  noprefixroute: 0x200,
  autojoin: 0x400,
  'stable-privacy': 0x800,
};

/** struct filter of ipaddress.c, as far as the simulator uses it. */
interface AddrFilter {
  family: number;
  ifindex: number;
  up: boolean;
  scope: number;
  scopemask: number;
  flags: number;
  flagmask: number;
  label?: string;
  pfx?: InetPrefix;
  group: number;
  master: number;
  kind?: string;
  slaveKind?: string;
}

/** Usage printer of the calling object (`ip link help` / `ip addr help`). */
export type UsageFn = () => never;

/** get_filter(): address flag words, `-word` negated; false when `arg` is not one. */
function getFilter(f: AddrFilter, arg: string): boolean {
  let inv = false;
  if (arg.startsWith('-')) {
    inv = true;
    arg = arg.slice(1);
  }
  if (arg === 'dynamic') {
    f.flags &= ~0x80;
    f.flagmask |= 0x80;
  } else if (arg === 'primary') {
    f.flags &= ~0x01;
    f.flagmask |= 0x01;
  } else if (FLAG_NAMES[arg] !== undefined) {
    const m = FLAG_NAMES[arg];
    if (inv) f.flags &= ~m;
    else f.flags |= m;
    f.flagmask |= m;
  } else return false;
  return true;
}

/** ifa_label_match_rta(): the label filter with fnmatch-style `*` patterns. */
function labelMatches(pattern: string, label: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(label);
}

function addrPasses(f: AddrFilter, a: AddrMessage, session: Session): boolean {
  if (f.family && f.family !== a.family) return false;
  if ((f.scope ^ a.scope) & f.scopemask) return false;
  if ((f.flags ^ ifaFlags(a)) & f.flagmask) return false;
  if (f.label !== undefined) {
    const label = a.attrs.label ?? session.host.link(a.ifindex)?.name ?? '';
    if (!labelMatches(f.label, label)) return false;
  }
  if (f.pfx && f.pfx.family) {
    const local = a.attrs.local ?? a.attrs.address;
    if (local === undefined || typeof local !== typeof f.pfx.addr) return false;
    const len = f.pfx.bitlen < 0 ? (f.pfx.family === AF_INET ? 32 : 128) : f.pfx.bitlen;
    if (!prefixContains(maskIp(f.pfx.addr, len), len, local)) return false;
  }
  return true;
}

function linkPasses(f: AddrFilter, m: LinkDumpMessage): boolean {
  if (f.ifindex && m.ifindex !== f.ifindex) return false;
  if (f.up && !(m.flags & 1)) return false;
  if (f.group !== -1 && m.attrs.group !== f.group) return false;
  if (f.master > 0 && m.attrs.master !== f.master) return false;
  if (f.master === -1 && m.attrs.master !== undefined) return false;
  if (f.kind !== undefined && m.attrs.linkinfo?.kind !== f.kind) return false;
  if (f.slaveKind !== undefined && m.attrs.slaveKind !== `${f.slaveKind}_slave`) return false;
  return true;
}

/**
 * `ip link show` (doLink), `ip addr show` and `ip addr flush` (flush): returns the exit status
 * the C function's return value gives (0, 1 for its `return -1` cases).
 */
export function ipaddrListFlushOrSave(
  session: Session,
  opts: IpOptions,
  argv: string[],
  out: CommandOutput,
  mode: { doLink: boolean; flush: boolean; usage: UsageFn },
): number {
  const f: AddrFilter = {
    family: mode.doLink ? AF_PACKET : afOf(opts.family),
    ifindex: 0,
    up: false,
    scope: 0,
    scopemask: 0,
    flags: 0,
    flagmask: 0,
    group: -1,
    master: 0,
  };
  const names = new Names(session.files, (t) => out.err(t), opts.numeric);
  const host = session.host;
  if (mode.flush) {
    if (argv.length === 0) {
      out.err('Flush requires arguments.\n');
      return 1;
    }
    if (f.family === AF_PACKET) {
      out.err('Cannot flush link addresses.\n');
      return 1;
    }
  }
  let filterDev: string | undefined;
  const a = new ArgCursor(argv, out);
  for (; a.more; a.advance()) {
    const w = a.word;
    if (w === 'to') {
      const p = getPrefix(out, a.next(), f.family === AF_PACKET ? 0 : f.family);
      f.pfx = p;
      if (!f.family) f.family = p.family;
    } else if (w === 'scope') {
      const s = a.next();
      f.scopemask = -1;
      let scope = names.rtscopeA2n(s);
      if (scope === null) {
        if (s !== 'all') invarg(out, 'invalid "scope"\n', s);
        scope = 255;
        f.scopemask = 0;
      }
      f.scope = scope;
    } else if (w === 'up') f.up = true;
    else if (getFilter(f, w)) {
      /* flag filter */
    } else if (w === 'label') f.label = a.next();
    else if (w === 'group') {
      const g = names.groupA2n(a.next());
      if (g === null) invarg(out, 'Invalid "group" value\n', a.word);
      f.group = g;
    } else if (w === 'master') {
      const m = host.linkByName(a.next());
      if (!m) invarg(out, 'Device does not exist\n', a.word);
      f.master = m.ifindex;
    } else if (w === 'vrf') {
      const m = host.linkByName(a.next());
      if (!m || m.kind !== 'vrf') invarg(out, 'Not a valid VRF name\n', a.word);
      f.master = m.ifindex;
    } else if (w === 'nomaster') f.master = -1;
    else if (w === 'type') {
      const t = a.next();
      if (t.endsWith('_slave')) f.slaveKind = t.slice(0, -6);
      else f.kind = t;
    } else {
      if (w === 'dev') a.next();
      else if ('help'.startsWith(w) && w !== '') mode.usage();
      if (filterDev !== undefined) duparg2(out, 'dev', a.word);
      filterDev = a.word;
    }
  }
  if (filterDev !== undefined) {
    const l = host.linkByName(filterDev);
    if (!l) {
      out.err(`Device "${filterDev}" does not exist.\n`);
      return 1;
    }
    f.ifindex = l.ifindex;
  }
  if (mode.flush) return flush(session, out, f);
  // A device filter makes ip send RTM_GETLINK for that device (full answer); otherwise the dump
  // carries ip's family, and an AF_INET6 dump is answered by addrconf with reduced messages.
  const dumpFamily = !mode.doLink && !f.ifindex && opts.family === 6 ? 10 : 0;
  let links = linkDump(host, dumpFamily).filter((m) => linkPasses(f, m));
  let addrs: AddrMessage[] = [];
  if (f.family !== AF_PACKET) {
    addrs = addrDump(host);
    // ipaddr_filter(): keep links with a matching address (or none at all without a family).
    links = links.filter((l) => {
      const own = addrs.filter((x) => x.ifindex === l.ifindex);
      if (own.length === 0) return f.family === 0;
      return own.some((x) => addrPasses(f, x, session));
    });
  }
  const p = new IpPrinter(out, { json: opts.json, pretty: opts.pretty, color: opts.color && !opts.json });
  const ctx: LinkPrintContext = {
    p,
    names,
    host,
    details: opts.details > 0,
    oneline: opts.oneline,
    doLink: mode.doLink,
    family: f.family,
  };
  p.newJsonObj();
  for (const l of links) {
    p.openJsonObject(null);
    if (opts.brief)
      printBrief(
        ctx,
        l,
        mode.doLink,
        addrs.filter((x) => x.ifindex === l.ifindex && addrPasses(f, x, session)),
      );
    else {
      // Observed on 6.1: one-line and `label` listings print no device header.
      if (mode.doLink || (!opts.oneline && f.label === undefined)) {
        printLinkinfo(ctx, l);
        p.fp('\n');
      }
      if (f.family !== AF_PACKET) {
        p.openJsonArray('addr_info');
        for (const x of addrs) {
          if (x.ifindex !== l.ifindex || !addrPasses(f, x, session)) continue;
          if (opts.oneline) p.fp(`${l.ifindex}: ${l.attrs.ifname ?? ''}`);
          printAddrinfo(p, names, x, sl(ctx));
        }
        p.closeJsonArray();
      }
    }
    p.closeJsonObject();
  }
  p.deleteJsonObj();
  return 0;
}

/** ipaddr_flush(): delete every matching address, round after round, until none is left. */
function flush(session: Session, out: CommandOutput, f: AddrFilter): number {
  for (let round = 0; round < 10; round++) {
    const victims = addrDump(session.host).filter(
      (x) => (!f.ifindex || x.ifindex === f.ifindex) && addrPasses(f, x, session),
    );
    if (victims.length === 0) return 0;
    for (const v of victims) {
      const r = addrDel(session.host, {
        ...v,
        attrs: { local: v.attrs.local ?? v.attrs.address, address: v.attrs.address, label: v.attrs.label },
      });
      if (!r.ok && r.error.errno !== 99) {
        rtnlTalk(out, r);
        return 2;
      }
    }
    // Flushing `primary` takes one round, or promoted secondaries would go too.
    if (!(f.flags & 0x01) && f.flagmask & 0x01) return 0;
  }
  return 0;
}
