/**
 * iplink_parse() of ip/iplink.c (iproute2 6.1): the generic `ip link add|set|delete` keywords
 * into an RTM_NEWLINK/RTM_DELLINK request, with iproute2's own error texts.
 */
import type { LinkMessage } from '../engine/netlink';
import { ArgCursor } from './args';
import type { CommandOutput, Session } from './context';
import { Names } from './names';
import { checkIfname, duparg, duparg2, fatal, getInteger, invarg, matches, utf8Length } from './utils';

/** A parsed request: the message plus the names iplink_parse kept aside. */
export interface LinkRequest {
  msg: LinkMessage;
  name?: string;
  dev?: string;
  type?: string;
  /** Words after `type KIND`. */
  typeArgs: string[];
  /** The request targets a device group (`group G` without a device). */
  groupTarget?: boolean;
}

/** Thrown-away result of a parse error that returns -1 in C (exit status 1). */
export class ParseFailed extends Error {}

/** ll_addr_a2n(): `aa:bb:...` hex bytes (or a dotted IPv4); null after printing the error. */
export function llAddrA2n(out: CommandOutput, arg: string): number[] | null {
  const bad = (): null => {
    out.err(`"${arg}" is invalid lladdr.\n`);
    return null;
  };
  if (arg.includes('.')) {
    const parts = arg.split('.').map((x) => Number(x));
    if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return bad();
    return parts;
  }
  const bytes: number[] = [];
  for (const part of arg.split(':').slice(0, 32)) {
    const m = /^\s*(0[xX])?([0-9a-fA-F]+)/.exec(part);
    if (!m) return bad();
    const v = parseInt(m[2], 16);
    if (v > 255) return bad();
    bytes.push(v);
  }
  return bytes;
}

const GEN_MODES = ['eui64', 'none', 'stable_secret', 'random'];

/** Flag keywords taking on|off: [IFF bit, true when "on" clears the bit]. `dynamic` is abbreviable. */
const FLAG_WORDS: Record<string, [number, boolean]> = {
  multicast: [0x1000, false],
  allmulticast: [0x200, false],
  promisc: [0x100, false],
  trailers: [0x20, true],
  arp: [0x80, true],
  dynamic: [0x8000, false],
};

/** on_off(): the error for a bad on|off value; iplink_parse returns -1 (exit status 1). */
function onOff(out: CommandOutput, key: string, value: string): never {
  out.err(`Error: argument of "${key}" must be "on" or "off", not "${value}"\n`);
  throw new ParseFailed();
}

/** iplink_parse(): throws ParseFailed where C returns -1; exits (255) where C calls exit(). */
export function iplinkParse(
  session: Session,
  argv: string[],
  out: CommandOutput,
  create: boolean,
): LinkRequest {
  const msg: LinkMessage = { family: 0, type: 0, ifindex: 0, flags: 0, change: 0, attrs: {} };
  const req: LinkRequest = { msg, typeArgs: [] };
  const names = new Names(session.files, (t) => out.err(t), false);
  let name: string | undefined;
  let dev: string | undefined;
  let index = 0;
  let mtuSeen = false;
  let qlenSeen = false;
  let groupSeen = false;
  const a = new ArgCursor(argv, out);
  for (; a.more; a.advance()) {
    const w = a.word;
    if (w === 'up') {
      msg.change |= 1;
      msg.flags |= 1;
    } else if (w === 'down') {
      msg.change |= 1;
      msg.flags &= ~1;
    } else if (w === 'name') {
      const v = a.next();
      if (name !== undefined) duparg(out, 'name', v);
      if (!checkIfname(v)) invarg(out, '"name" not a valid ifname', v);
      name = v;
      if (dev === undefined) dev = name;
    } else if (w === 'index') {
      const v = a.next();
      if (index) duparg(out, 'index', v);
      index = parseInt(v, 10) || 0;
      if (index <= 0) invarg(out, 'Invalid "index" value', v);
    } else if (matches(w, 'link')) {
      a.next();
    } else if (matches(w, 'address')) {
      const b = llAddrA2n(out, a.next());
      if (!b) throw new ParseFailed();
      msg.attrs.address = b;
    } else if (matches(w, 'broadcast') || w === 'brd') {
      const b = llAddrA2n(out, a.next());
      if (!b) throw new ParseFailed();
      msg.attrs.broadcast = b;
    } else if (matches(w, 'txqueuelen') || w === 'qlen' || matches(w, 'txqlen')) {
      const v = a.next();
      if (qlenSeen) duparg(out, 'txqueuelen', v);
      qlenSeen = true;
      const n = getInteger(v, 0);
      if (n === null) invarg(out, 'Invalid "txqueuelen" value\n', v);
      msg.attrs.txqlen = n >>> 0;
    } else if (w === 'mtu') {
      const v = a.next();
      if (mtuSeen) duparg(out, 'mtu', v);
      mtuSeen = true;
      const n = getInteger(v, 0);
      if (n === null) invarg(out, 'Invalid "mtu" value\n', v);
      msg.attrs.mtu = n;
    } else if (Object.hasOwn(FLAG_WORDS, w)) {
      const [bit, inverted] = FLAG_WORDS[w];
      const v = a.next();
      msg.change |= bit;
      if (v === 'on') msg.flags = inverted ? msg.flags & ~bit : msg.flags | bit;
      else if (v === 'off') msg.flags = inverted ? msg.flags | bit : msg.flags & ~bit;
      else return onOff(out, w, v);
    } else if (w === 'carrier') {
      const v = a.next();
      if (v !== 'on' && v !== 'off') return onOff(out, 'carrier', v);
      msg.attrs.carrier = v === 'on' ? 1 : 0;
    } else if (matches(w, 'master')) {
      const v = a.next();
      const l = session.host.linkByName(v);
      if (!l) invarg(out, 'Device does not exist\n', v);
      msg.attrs.master = l.ifindex;
    } else if (w === 'vrf') {
      const v = a.next();
      const l = session.host.linkByName(v);
      if (!l || l.kind !== 'vrf') invarg(out, 'Not a valid VRF name\n', v);
      msg.attrs.master = l.ifindex;
    } else if (matches(w, 'nomaster')) {
      msg.attrs.master = 0;
    } else if (matches(w, 'type')) {
      req.type = a.next();
      a.advance();
      req.typeArgs = a.rest();
      break;
    } else if (matches(w, 'alias')) {
      const v = a.next();
      if (v.length >= 256) invarg(out, 'alias too long\n', v);
      msg.attrs.ifalias = v;
    } else if (w === 'group') {
      const v = a.next();
      if (groupSeen) duparg(out, 'group', v);
      groupSeen = true;
      const g = names.groupA2n(v);
      if (g === null) invarg(out, 'Invalid "group" value\n', v);
      msg.attrs.group = g;
    } else if (matches(w, 'addrgenmode')) {
      const v = a.next();
      const mode = GEN_MODES.indexOf(v);
      if (mode < 0) invarg(out, 'Invalid address generation mode\n', v);
      msg.attrs.addrgenmode = mode;
    } else {
      if (matches(w, 'help')) linkUsage(out);
      if (w === 'dev') a.next();
      if (dev !== name) duparg2(out, 'dev', a.word);
      if (!checkAltifname(a.word)) invarg(out, '"dev" not a valid ifname', a.word);
      dev = a.word;
    }
  }
  req.name = name;
  req.dev = dev;
  if (dev === undefined && groupSeen) {
    // `ip link set|delete group G ...`: the request names no device, only IFLA_GROUP.
    if (create) {
      out.err('group cannot be used when creating devices.\n');
      throw new ParseFailed();
    }
    req.groupTarget = true;
    return req;
  }
  if (create || req.type !== undefined) {
    if (name !== undefined && dev !== undefined && name !== dev)
      fatal(out, 'both "name" and "dev" cannot be used when creating devices.\n', 255);
    const n = name ?? dev;
    if (n !== undefined) msg.attrs.ifname = n;
    msg.ifindex = index;
  } else {
    if (dev === undefined) fatal(out, 'Not enough information: "dev" argument is required.\n', 255);
    const l = session.host.linkByName(dev);
    if (!l) {
      out.err(`Cannot find device "${dev}"\n`);
      throw new ParseFailed();
    }
    msg.ifindex = l.ifindex;
    if (name !== undefined && name !== dev) msg.attrs.ifname = name;
  }
  return req;
}

/** check_altifname(): like check_ifname but up to ALTIFNAMSIZ (128) bytes. */
function checkAltifname(name: string): boolean {
  return name !== '' && utf8Length(name) < 128 && !/[/\s]/.test(name);
}

/** usage() of ip/iplink.c (stderr, exit 255). */
export function linkUsage(out: CommandOutput): never {
  return fatal(out, LINK_USAGE, 255);
}

const LINK_USAGE = `Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME
		    [ txqueuelen PACKETS ]
		    [ address LLADDR ]
		    [ broadcast LLADDR ]
		    [ mtu MTU ] [index IDX ]
		    [ numtxqueues QUEUE_COUNT ]
		    [ numrxqueues QUEUE_COUNT ]
		    [ netns { PID | NAME } ]
		    type TYPE [ ARGS ]

	ip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]

	ip link set { DEVICE | dev DEVICE | group DEVGROUP }
			[ { up | down } ]
			[ type TYPE ARGS ]
		[ arp { on | off } ]
		[ dynamic { on | off } ]
		[ multicast { on | off } ]
		[ allmulticast { on | off } ]
		[ promisc { on | off } ]
		[ trailers { on | off } ]
		[ carrier { on | off } ]
		[ txqueuelen PACKETS ]
		[ name NEWNAME ]
		[ address LLADDR ]
		[ broadcast LLADDR ]
		[ mtu MTU ]
		[ netns { PID | NAME } ]
		[ link-netns NAME | link-netnsid ID ]
		[ alias NAME ]
		[ vf NUM [ mac LLADDR ]
			 [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]
			 [ rate TXRATE ]
			 [ max_tx_rate TXRATE ]
			 [ min_tx_rate TXRATE ]
			 [ spoofchk { on | off} ]
			 [ query_rss { on | off} ]
			 [ state { auto | enable | disable} ]
			 [ trust { on | off} ]
			 [ node_guid EUI64 ]
			 [ port_guid EUI64 ] ]
		[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |
			  object FILE [ { section | program } NAME ] [ verbose ] |
			  pinned FILE } ]
		[ master DEVICE ][ vrf NAME ]
		[ nomaster ]
		[ addrgenmode { eui64 | none | stable_secret | random } ]
		[ protodown { on | off } ]
		[ protodown_reason PREASON { on | off } ]
		[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]
		[ gro_max_size BYTES ]

	ip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]
		[nomaster]

	ip link xstats type TYPE [ ARGS ]

	ip link afstats [ dev DEVICE ]
	ip link property add dev DEVICE [ altname NAME .. ]
	ip link property del dev DEVICE [ altname NAME .. ]

	ip link help [ TYPE ]

TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }
`;
