/**
 * `ip link` (ip/iplink.c do_iplink, iproute2 6.1): add, set/change, replace, delete, show/list
 * and help, building RTM_NEWLINK/RTM_DELLINK requests for the engine.
 */
import { linkDel, linkNew, linkSet } from '../engine/links';
import { NLM_F, type LinkMessage } from '../engine/netlink';
import { ipaddrListFlushOrSave } from './addr-list';
import { CommandExit, type CommandOutput, type IpOptions, type Session } from './context';
import { iplinkParse, linkUsage, ParseFailed, type LinkRequest } from './link-parse';
import { Names } from './names';
import { rtnlTalk } from './rtnl-talk';
import { fatal, getU32, invarg, matches } from './utils';

/** `ip link ...`: argv is everything after the object word. */
export function ipLink(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): void {
  try {
    out.exit(doIplink(session, opts, argv, out));
  } catch (e) {
    if (e instanceof ParseFailed) out.exit(1);
    else if (e instanceof CommandExit) out.exit(e.status);
    else throw e;
  }
}

function doIplink(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): number {
  const list = (args: string[]) =>
    ipaddrListFlushOrSave(session, opts, args, out, {
      doLink: true,
      flush: false,
      usage: () => linkUsage(out),
    });
  if (argv.length === 0) return list([]);
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'add')) return iplinkModify(session, rest, out, 'add');
  if (matches(cmd, 'set') || matches(cmd, 'change')) return iplinkModify(session, rest, out, 'set');
  if (matches(cmd, 'replace')) return iplinkModify(session, rest, out, 'replace');
  if (matches(cmd, 'delete')) return iplinkModify(session, rest, out, 'delete');
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return list(rest);
  if (matches(cmd, 'help')) linkUsage(out);
  return fatal(out, `Command "${cmd}" is unknown, try "ip link help".\n`, 255);
}

/** iplink_modify(): parse, attach IFLA_LINKINFO for `type`, send, map the result to a status. */
function iplinkModify(
  session: Session,
  argv: string[],
  out: CommandOutput,
  how: 'add' | 'set' | 'replace' | 'delete',
): number {
  const create = how === 'add' || how === 'replace';
  const req = iplinkParse(session, argv, out, create);
  if (req.type !== undefined) {
    const info = parseKindOptions(session, req, out);
    if (info === null) return 1;
    req.msg.attrs.linkinfo = info;
  } else if (create) {
    out.err('Not enough information: "type" argument is required\n');
    return 1;
  }
  const host = session.host;
  let r;
  if (how === 'delete') r = linkDel(host, req.msg);
  else if (how === 'set')
    r = req.msg.ifindex || req.groupTarget ? linkSet(host, req.msg) : linkNew(host, req.msg, 0);
  else r = linkNew(host, req.msg, how === 'add' ? NLM_F.CREATE | NLM_F.EXCL : NLM_F.CREATE | NLM_F.REPLACE);
  return rtnlTalk(out, r) ? 0 : 2;
}

type LinkInfo = NonNullable<LinkMessage['attrs']['linkinfo']>;

/** The kind's parse_opt (link_veth.c, iplink_vrf.c, iplink_bridge.c); null after an error. */
function parseKindOptions(session: Session, req: LinkRequest, out: CommandOutput): LinkInfo | null {
  const kind = req.type!;
  const args = req.typeArgs;
  const info: LinkInfo = { kind };
  if (args.length === 0) return info;
  if (kind === 'veth' || kind === 'vxcan') {
    if (args[0] !== 'peer') {
      out.out(
        "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n",
      );
      return null;
    }
    const peer = iplinkParse(session, args.slice(1), out, true);
    if (peer.type !== undefined)
      fatal(out, `Error: duplicate "type": "${peer.type}" is the second value.\n`, 255);
    info.peer = peer.msg;
    return info;
  }
  if (kind === 'vrf') {
    const names = new Names(session.files, (t) => out.err(t), false);
    const data: Record<string, unknown> = {};
    for (let i = 0; i < args.length; i++) {
      if (matches(args[i], 'table')) {
        if (i + 1 >= args.length) fatal(out, 'Command line is not complete. Try option "help"\n', 255);
        const t = names.rttableA2n(args[++i]);
        if (t === null) invarg(out, 'invalid table ID\n', args[i]);
        data.table = t;
      } else if (matches(args[i], 'help')) {
        out.err('Usage: ... vrf table TABLEID\n');
        return null;
      } else {
        out.err(`vrf: unknown option "${args[i]}"?\nUsage: ... vrf table TABLEID\n`);
        return null;
      }
    }
    info.data = data;
    return info;
  }
  if (kind === 'bridge') return parseBridgeOptions(args, out, info);
  // dummy has a link_util without parse_opt: iproute2 sends an empty IFLA_INFO_DATA, ignoring the words.
  if (kind === 'dummy') return info;
  if (matches(args[0], 'help')) linkUsage(out);
  out.err(`Garbage instead of arguments "${args[0]} ...". Try "ip link help".\n`);
  return null;
}

// bridge_parse_opt() keywords taking a number, with the IFLA_BR_* name the engine keeps.
const BRIDGE_NUMBERS: Record<string, string> = {
  forward_delay: 'forward_delay',
  hello_time: 'hello_time',
  max_age: 'max_age',
  ageing_time: 'ageing_time',
  stp_state: 'stp_state',
  priority: 'priority',
  vlan_filtering: 'vlan_filtering',
  group_fwd_mask: 'group_fwd_mask',
  no_linklocal_learn: 'no_linklocal_learn',
  mcast_snooping: 'mcast_snooping',
  mcast_vlan_snooping: 'mcast_vlan_snooping',
  mcast_router: 'mcast_router',
  mcast_query_use_ifaddr: 'mcast_query_use_ifaddr',
  mcast_querier: 'mcast_querier',
  mcast_hash_elasticity: 'mcast_hash_elasticity',
  mcast_hash_max: 'mcast_hash_max',
  mcast_last_member_count: 'mcast_last_member_cnt',
  mcast_startup_query_count: 'mcast_startup_query_cnt',
  mcast_last_member_interval: 'mcast_last_member_intvl',
  mcast_membership_interval: 'mcast_membership_intvl',
  mcast_querier_interval: 'mcast_querier_intvl',
  mcast_query_interval: 'mcast_query_intvl',
  mcast_query_response_interval: 'mcast_query_response_intvl',
  mcast_startup_query_interval: 'mcast_startup_query_intvl',
  mcast_stats_enabled: 'mcast_stats_enabled',
  mcast_igmp_version: 'mcast_igmp_version',
  mcast_mld_version: 'mcast_mld_version',
  nf_call_iptables: 'nf_call_iptables',
  nf_call_ip6tables: 'nf_call_ip6tables',
  nf_call_arptables: 'nf_call_arptables',
};

/** bridge_parse_opt() for its numeric options; other words print bridge_explain(). */
function parseBridgeOptions(args: string[], out: CommandOutput, info: LinkInfo): LinkInfo | null {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const key = args[i];
    if (Object.hasOwn(BRIDGE_NUMBERS, key)) {
      if (i + 1 >= args.length) fatal(out, 'Command line is not complete. Try option "help"\n', 255);
      const v = getU32(args[++i], 0);
      if (v === null) invarg(out, `invalid ${key}`, args[i]);
      data[BRIDGE_NUMBERS[key]] = v;
    } else if (matches(key, 'help')) {
      out.err(BRIDGE_EXPLAIN);
      return null;
    } else {
      out.err(`bridge: unknown command "${key}"?\n${BRIDGE_EXPLAIN}`);
      return null;
    }
  }
  info.data = data;
  return info;
}

const BRIDGE_EXPLAIN = `Usage: ... bridge [ fdb_flush ]
		  [ forward_delay FORWARD_DELAY ]
		  [ hello_time HELLO_TIME ]
		  [ max_age MAX_AGE ]
		  [ ageing_time AGEING_TIME ]
		  [ stp_state STP_STATE ]
		  [ priority PRIORITY ]
		  [ group_fwd_mask MASK ]
		  [ group_address ADDRESS ]
		  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]
		  [ vlan_filtering VLAN_FILTERING ]
		  [ vlan_protocol VLAN_PROTOCOL ]
		  [ vlan_default_pvid VLAN_DEFAULT_PVID ]
		  [ vlan_stats_enabled VLAN_STATS_ENABLED ]
		  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]
		  [ mcast_snooping MULTICAST_SNOOPING ]
		  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]
		  [ mcast_router MULTICAST_ROUTER ]
		  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]
		  [ mcast_querier MULTICAST_QUERIER ]
		  [ mcast_hash_elasticity HASH_ELASTICITY ]
		  [ mcast_hash_max HASH_MAX ]
		  [ mcast_last_member_count LAST_MEMBER_COUNT ]
		  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
		  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
		  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
		  [ mcast_querier_interval QUERIER_INTERVAL ]
		  [ mcast_query_interval QUERY_INTERVAL ]
		  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
		  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
		  [ mcast_stats_enabled MCAST_STATS_ENABLED ]
		  [ mcast_igmp_version IGMP_VERSION ]
		  [ mcast_mld_version MLD_VERSION ]
		  [ nf_call_iptables NF_CALL_IPTABLES ]
		  [ nf_call_ip6tables NF_CALL_IP6TABLES ]
		  [ nf_call_arptables NF_CALL_ARPTABLES ]

Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }
`;
