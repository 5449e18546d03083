/**
 * `ip address` (ip/ipaddress.c do_ipaddr, iproute2 6.1): add, change, replace, delete (with the
 * old wildcard-delete warning), show/list, flush and help.
 */
import { addrDel, addrNew } from '../engine/addrs';
import { AF_INET, AF_INET6 } from '../engine/ip';
import { IFA_F, NLM_F, type AddrMessage } from '../engine/netlink';
import { ipaddrListFlushOrSave } from './addr-list';
import { ArgCursor } from './args';
import { CommandExit, type CommandOutput, type IpOptions, type Session } from './context';
import { afOf, PREFIXLEN_SPECIFIED, type InetPrefix } from './inet-prefix';
import { Names } from './names';
import { rtnlTalk } from './rtnl-talk';
import { duparg, duparg2, fatal, getAddr, getPrefix, getU32, invarg, matches } from './utils';

const INFINITY_LIFE_TIME = 0xffffffff;

/** `ip addr ...`: argv is everything after the object word. */
export function ipAddr(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): void {
  try {
    out.exit(doIpaddr(session, opts, argv, out));
  } catch (e) {
    if (e instanceof CommandExit) out.exit(e.status);
    else throw e;
  }
}

function doIpaddr(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): number {
  const list = (args: string[], flush: boolean) =>
    ipaddrListFlushOrSave(session, opts, args, out, { doLink: false, flush, usage: () => addrUsage(out) });
  if (argv.length === 0) return list([], false);
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'add')) return ipaddrModify(session, opts, rest, out, 'add');
  if (matches(cmd, 'change') || cmd === 'chg') return ipaddrModify(session, opts, rest, out, 'change');
  if (matches(cmd, 'replace')) return ipaddrModify(session, opts, rest, out, 'replace');
  if (matches(cmd, 'delete')) return ipaddrModify(session, opts, rest, out, 'delete');
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return list(rest, false);
  if (matches(cmd, 'flush')) return list(rest, true);
  if (matches(cmd, 'help')) addrUsage(out);
  return fatal(out, `Command "${cmd}" is unknown, try "ip address help".\n`, 255);
}

/** ipaddr_is_multicast(): 224/4 or ff00::/8. */
function isMulticast(p: InetPrefix | undefined): boolean {
  if (!p) return false;
  if (p.family === AF_INET) return (p.addr as number) >>> 28 === 0xe;
  if (p.family === AF_INET6) return (p.addr as bigint) >> 120n === 0xffn;
  return false;
}

/** set_lifetime(): `forever` or a u32 number of seconds. */
function setLifetime(arg: string): number | null {
  if (arg === 'forever') return INFINITY_LIFE_TIME;
  return getU32(arg, 0);
}

/** ipaddr_modify(): the request, then rtnl_talk. Returns the exit status. */
function ipaddrModify(
  session: Session,
  opts: IpOptions,
  argv: string[],
  out: CommandOutput,
  how: 'add' | 'change' | 'replace' | 'delete',
): number {
  const del = how === 'delete';
  const msg: AddrMessage = {
    family: afOf(opts.family),
    prefixLen: 0,
    flags: 0,
    scope: 0,
    ifindex: 0,
    attrs: {},
  };
  const names = new Names(session.files, (t) => out.err(t), opts.numeric);
  let dev: string | undefined;
  let label: string | undefined;
  let lcl: InetPrefix | undefined;
  let lclArg = '';
  let peer: InetPrefix | undefined;
  let brdLen = 0;
  let scoped = false;
  let validArg: string | undefined;
  let preferredArg: string | undefined;
  let valid = INFINITY_LIFE_TIME;
  let preferred = INFINITY_LIFE_TIME;
  let ifaFlags = 0;
  const a = new ArgCursor(argv, out);
  for (; a.more; a.advance()) {
    const w = a.word;
    if (w === 'peer' || w === 'remote') {
      const v = a.next();
      if (peer) duparg(out, 'peer', v);
      peer = getPrefix(out, v, msg.family);
      if (!msg.family) msg.family = peer.family;
      msg.attrs.address = peer.addr;
      msg.prefixLen = peer.bitlen;
    } else if (matches(w, 'broadcast') || w === 'brd') {
      const v = a.next();
      if (brdLen) duparg(out, 'broadcast', v);
      if (v === '+') brdLen = -1;
      else if (v === '-') brdLen = -2;
      else {
        const b = getAddr(out, v, msg.family);
        if (!msg.family) msg.family = b.family;
        msg.attrs.broadcast = b.addr;
        brdLen = b.bytelen;
      }
    } else if (w === 'anycast') {
      const b = getAddr(out, a.next(), msg.family);
      if (!msg.family) msg.family = b.family;
      msg.attrs.anycast = b.addr;
    } else if (w === 'scope') {
      const v = a.next();
      const s = names.rtscopeA2n(v);
      if (s === null) invarg(out, 'invalid scope value.', v);
      msg.scope = s;
      scoped = true;
    } else if (w === 'dev') dev = a.next();
    else if (w === 'label') {
      label = a.next();
      msg.attrs.label = label;
    } else if (matches(w, 'metric') || matches(w, 'priority') || matches(w, 'preference')) {
      const v = a.next();
      const m = getU32(v, 0);
      if (m === null) invarg(out, '"metric" value is invalid\n', v);
      msg.attrs.rtPriority = m;
    } else if (matches(w, 'valid_lft')) {
      if (validArg !== undefined) duparg(out, 'valid_lft', w);
      validArg = a.next();
      const v = setLifetime(validArg);
      if (v === null) invarg(out, 'valid_lft value', validArg);
      valid = v;
    } else if (matches(w, 'preferred_lft')) {
      if (preferredArg !== undefined) duparg(out, 'preferred_lft', w);
      preferredArg = a.next();
      const v = setLifetime(preferredArg);
      if (v === null) invarg(out, 'preferred_lft value', preferredArg);
      preferred = v;
    } else if (w === 'home' || w === 'nodad' || w === 'mngtmpaddr') {
      // Accepted only once the family is known to be IPv6.
      if (msg.family === AF_INET6)
        ifaFlags |= w === 'home' ? IFA_F.HOMEADDRESS : w === 'nodad' ? IFA_F.NODAD : IFA_F.MANAGETEMPADDR;
      else out.err(`Warning: ${w} option can be set only for IPv6 addresses\n`);
    } else if (w === 'noprefixroute') ifaFlags |= IFA_F.NOPREFIXROUTE;
    else if (w === 'autojoin') ifaFlags |= IFA_F.MCAUTOJOIN;
    else {
      if (w === 'local') a.next();
      if (matches(a.word, 'help')) addrUsage(out);
      if (lcl) duparg2(out, 'local', a.word);
      lclArg = a.word;
      lcl = getPrefix(out, a.word, msg.family);
      if (!msg.family) msg.family = lcl.family;
      msg.attrs.local = lcl.addr;
    }
  }
  if (ifaFlags <= 0xff) msg.flags = ifaFlags;
  else msg.attrs.flags = ifaFlags;
  if (dev === undefined) {
    out.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  if (!peer && lcl) {
    if (del && lcl.family === AF_INET && !(lcl.flags & PREFIXLEN_SPECIFIED)) {
      out.err(
        'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
          `         Explicitly specify the prefix length (${lclArg}/${lcl.bytelen * 8}) to avoid this warning.\n` +
          '         This special behaviour is likely to disappear in further releases,\n' +
          '         fix your scripts!\n',
      );
    } else {
      peer = lcl;
      msg.attrs.address = lcl.addr;
    }
  }
  if (msg.prefixLen === 0) msg.prefixLen = lcl ? lcl.bitlen : 0;
  if (brdLen < 0 && !del) {
    if (msg.family !== AF_INET) {
      out.err('Broadcast can be set only for IPv4 addresses\n');
      return 1;
    }
    const base = peer ?? lcl;
    const bitlen = base ? base.bitlen : 0;
    if (bitlen <= 30) {
      let v = (base?.addr as number | undefined) ?? 0;
      const host = bitlen === 0 ? 0xffffffff : (1 << (32 - bitlen)) - 1;
      v = brdLen === -1 ? (v | host) >>> 0 : (v & ~host) >>> 0;
      msg.attrs.broadcast = v;
    }
  }
  if (!scoped && !del)
    msg.scope = lcl && lcl.family === AF_INET && (lcl.addr as number) >>> 24 === 127 ? 254 : 0;
  const l = session.host.linkByName(dev);
  if (!l) {
    out.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  msg.ifindex = l.ifindex;
  if (validArg !== undefined || preferredArg !== undefined) {
    if (!valid) {
      out.err('valid_lft is zero\n');
      return 1;
    }
    if (valid < preferred) {
      out.err('preferred_lft is greater than valid_lft\n');
      return 1;
    }
    msg.attrs.cacheinfo = { preferred, valid, cstamp: 0, tstamp: 0 };
  }
  if (ifaFlags & IFA_F.MCAUTOJOIN && !isMulticast(lcl)) {
    out.err('autojoin needs multicast address\n');
    return 1;
  }
  if (msg.family !== AF_INET && msg.family !== AF_INET6) {
    return rtnlTalk(out, { ok: false, error: { errno: 95 } }) ? 0 : 2;
  }
  const flags =
    how === 'add'
      ? NLM_F.CREATE | NLM_F.EXCL
      : how === 'change'
        ? NLM_F.REPLACE
        : NLM_F.CREATE | NLM_F.REPLACE;
  const r = del ? addrDel(session.host, msg) : addrNew(session.host, msg, flags);
  return rtnlTalk(out, r) ? 0 : 2;
}

/** usage() of ip/ipaddress.c (stderr, exit 255). */
function addrUsage(out: CommandOutput): never {
  return fatal(out, ADDR_USAGE, 255);
}

const ADDR_USAGE = `Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                      [ CONFFLAG-LIST ]
       ip address del IFADDR dev IFNAME [mngtmpaddr]
       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                         [ nomaster ]
                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                         [ label LABEL ] [up] [ vrf NAME ] ]
       ip address {showdump|restore}
IFADDR := PREFIX | ADDR peer PREFIX
          [ broadcast ADDR ] [ anycast ADDR ]
          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
SCOPE-ID := [ host | link | global | NUMBER ]
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ permanent | dynamic | secondary | primary |
           [-]tentative | [-]deprecated | [-]dadfailed | temporary |
           CONFFLAG-LIST ]
CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
LFT := forever | SECONDS
TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }
`;
