/**
 * The `-d` option blocks of ip/iplink_bridge.c (bridge_print_opt) and
 * ip/iplink_bridge_slave.c (bridge_slave_print_opt) for a settled, STP-less bridge.
 */
import { type IpPrinter, PRINT_ANY, PRINT_FP, PRINT_JSON } from './json-print';

type Kind = 'u' | 's' | 'hex' | 'timer' | 'onoff';

// [json key, text label, kind]: bridge_print_opt order.
const BRIDGE: [string, string, Kind][] = [
  ['forward_delay', 'forward_delay', 'u'],
  ['hello_time', 'hello_time', 'u'],
  ['max_age', 'max_age', 'u'],
  ['ageing_time', 'ageing_time', 'u'],
  ['stp_state', 'stp_state', 'u'],
  ['priority', 'priority', 'u'],
  ['vlan_filtering', 'vlan_filtering', 'u'],
  ['bridge_id', 'bridge_id', 's'],
  ['root_id', 'designated_root', 's'],
  ['root_port', 'root_port', 'u'],
  ['root_path_cost', 'root_path_cost', 'u'],
  ['topology_change', 'topology_change', 'u'],
  ['topology_change_detected', 'topology_change_detected', 'u'],
  ['hello_timer', 'hello_timer', 'timer'],
  ['tcn_timer', 'tcn_timer', 'timer'],
  ['topology_change_timer', 'topology_change_timer', 'timer'],
  ['gc_timer', 'gc_timer', 'timer'],
  ['group_fwd_mask', 'group_fwd_mask', 'hex'],
  ['group_addr', 'group_address', 's'],
  ['mcast_snooping', 'mcast_snooping', 'u'],
  ['no_linklocal_learn', 'no_linklocal_learn', 'u'],
  ['mcast_vlan_snooping', 'mcast_vlan_snooping', 'u'],
  ['mcast_router', 'mcast_router', 'u'],
  ['mcast_query_use_ifaddr', 'mcast_query_use_ifaddr', 'u'],
  ['mcast_querier', 'mcast_querier', 'u'],
  ['mcast_hash_elasticity', 'mcast_hash_elasticity', 'u'],
  ['mcast_hash_max', 'mcast_hash_max', 'u'],
  ['mcast_last_member_cnt', 'mcast_last_member_count', 'u'],
  ['mcast_startup_query_cnt', 'mcast_startup_query_count', 'u'],
  ['mcast_last_member_intvl', 'mcast_last_member_interval', 'u'],
  ['mcast_membership_intvl', 'mcast_membership_interval', 'u'],
  ['mcast_querier_intvl', 'mcast_querier_interval', 'u'],
  ['mcast_query_intvl', 'mcast_query_interval', 'u'],
  ['mcast_query_response_intvl', 'mcast_query_response_interval', 'u'],
  ['mcast_startup_query_intvl', 'mcast_startup_query_interval', 'u'],
  ['mcast_stats_enabled', 'mcast_stats_enabled', 'u'],
  ['mcast_igmp_version', 'mcast_igmp_version', 'u'],
  ['mcast_mld_version', 'mcast_mld_version', 'u'],
  ['nf_call_iptables', 'nf_call_iptables', 'u'],
  ['nf_call_ip6tables', 'nf_call_ip6tables', 'u'],
  ['nf_call_arptables', 'nf_call_arptables', 'u'],
];

// bridge_slave_print_opt order; null json key = text only (mcast_fast_leave has no JSON twin in 6.1).
const PORT: [string | null, string, Kind, string][] = [
  ['state', 'state', 's', 'state'],
  ['priority', 'priority', 'u', 'priority'],
  ['cost', 'cost', 'u', 'cost'],
  ['hairpin', 'hairpin', 'onoff', 'hairpin'],
  ['guard', 'guard', 'onoff', 'guard'],
  ['root_block', 'root_block', 'onoff', 'root_block'],
  ['fastleave', 'fastleave', 'onoff', 'fastleave'],
  ['learning', 'learning', 'onoff', 'learning'],
  ['flood', 'flood', 'onoff', 'flood'],
  ['id', 'port_id', 's', 'id'],
  ['no', 'port_no', 's', 'no'],
  ['designated_port', 'designated_port', 'u', 'designated_port'],
  ['designated_cost', 'designated_cost', 'u', 'designated_cost'],
  ['bridge_id', 'designated_bridge', 's', 'designated_bridge'],
  ['root_id', 'designated_root', 's', 'designated_root'],
  ['hold_timer', 'hold_timer', 'timer', 'hold_timer'],
  ['message_age_timer', 'message_age_timer', 'timer', 'message_age_timer'],
  ['forward_delay_timer', 'forward_delay_timer', 'timer', 'forward_delay_timer'],
  ['topology_change_ack', 'topology_change_ack', 'u', 'topology_change_ack'],
  ['config_pending', 'config_pending', 'u', 'config_pending'],
  ['proxy_arp', 'proxy_arp', 'onoff', 'proxy_arp'],
  ['proxy_arp_wifi', 'proxy_arp_wifi', 'onoff', 'proxy_arp_wifi'],
  ['multicast_router', 'mcast_router', 'u', 'multicast_router'],
  [null, 'mcast_fast_leave', 'onoff', 'mcast_fast_leave'],
  ['mcast_flood', 'mcast_flood', 'onoff', 'mcast_flood'],
  ['bcast_flood', 'bcast_flood', 'onoff', 'bcast_flood'],
  ['mcast_to_unicast', 'mcast_to_unicast', 'onoff', 'mcast_to_unicast'],
  ['neigh_suppress', 'neigh_suppress', 'onoff', 'neigh_suppress'],
  ['group_fwd_mask', 'group_fwd_mask', 'hex', 'group_fwd_mask'],
  ['group_fwd_mask_str', 'group_fwd_mask_str', 's', 'group_fwd_mask_str'],
  ['vlan_tunnel', 'vlan_tunnel', 'onoff', 'vlan_tunnel'],
  ['isolated', 'isolated', 'onoff', 'isolated'],
  ['locked', 'locked', 'onoff', 'locked'],
];

/** A JSON number with two decimals (print_float / "%.2f"), which IpPrinter has no call for. */
function printTimer(p: IpPrinter, key: string | null, label: string, v: number): void {
  // IpPrinter keeps its JSON writer private; "%.2f" numbers are written raw like json_print's float.
  const jw = (p as unknown as { jw: { name(k: string): void; raw(s: string): void } | null }).jw;
  if (jw) {
    if (key !== null) {
      jw.name(key);
      jw.raw(v.toFixed(2));
    }
  } else p.fp(`${label} ${v.toFixed(2).padStart(7)} `);
}

function printItem(p: IpPrinter, key: string | null, label: string, kind: Kind, v: unknown): void {
  const type = key === null ? PRINT_FP : PRINT_ANY;
  switch (kind) {
    case 'u':
      p.printUint(type, key, `${label} %u `, Number(v));
      break;
    case 's':
      p.printString(type, key, `${label} %s `, String(v));
      break;
    case 'hex':
      p.printString(PRINT_JSON, key, '', Number(v) ? `0x${Number(v).toString(16)}` : '0');
      p.fp(`${label} ${Number(v) ? `0x${Number(v).toString(16)}` : '0'} `);
      break;
    case 'timer':
      printTimer(p, key, label, Number(v));
      break;
    case 'onoff':
      if (key !== null) p.printBool(PRINT_JSON, key, '', Boolean(v));
      p.fp(`${label} ${v ? 'on' : 'off'} `);
      break;
  }
}

/** bridge_print_opt(): the IFLA_BR_* block of a bridge. */
export function printBridgeOpt(p: IpPrinter, data: Record<string, unknown>): void {
  for (const [key, label, kind] of BRIDGE) printItem(p, key, label, kind, data[key]);
}

/** bridge_slave_print_opt(): the IFLA_BRPORT_* block of a bridge port. */
export function printBridgeSlaveOpt(p: IpPrinter, data: Record<string, unknown>): void {
  for (const [key, label, kind, field] of PORT) printItem(p, key, label, kind, data[field]);
}
