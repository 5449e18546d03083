/**
 * print_linkinfo() of ip/ipaddress.c (iproute2 6.1): the device lines of `ip link show` and
 * `ip addr show`, text or JSON, with the `-d` details (print_linktype, print_af_spec, queues,
 * GSO/TSO limits) and `-o` one-line mode.
 */
import type { Host } from '../engine/host';
import type { LinkDumpMessage } from '../engine/link-message';
import { IFF } from '../engine/link-state';
import { sprintf } from './sprintf';
import { IpPrinter, PRINT_ANY, PRINT_FP, PRINT_JSON } from './json-print';
import type { Names } from './names';
import { printBridgeOpt, printBridgeSlaveOpt } from './link-print-bridge';

const OPER_STATES = ['UNKNOWN', 'NOTPRESENT', 'DOWN', 'LOWERLAYERDOWN', 'TESTING', 'DORMANT', 'UP'];
const LINK_MODES = ['DEFAULT', 'DORMANT', 'TESTING'];
const GEN_MODES = ['eui64', 'none', 'stable_secret', 'random'];

/** What print_linkinfo needs from the command: printer, names, options, device names. */
export interface LinkPrintContext {
  p: IpPrinter;
  names: Names;
  host: Host;
  details: boolean;
  oneline: boolean;
  /** `ip link` (do_link): mode, addrgenmode, stats; false for `ip addr`. */
  doLink: boolean;
  /** The address family filter: the link/ether line only without one (or with -d). */
  family: number;
}

/** ll_addr_n2a(): hex bytes joined by ':'. */
export function llAddrN2a(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The name ll_index_to_name gives an ifindex ("if%d" when unknown). */
export function indexName(host: Host, ifindex: number): string {
  return host.link(ifindex)?.name ?? `if${ifindex}`;
}

/** _SL_: the line separator, "\" in one-line mode. */
export function sl(ctx: { oneline: boolean }): string {
  return ctx.oneline ? '\\' : '\n';
}

/** print_link_flags(): `<FLAG,...> ` with NO-CARRIER first and M-DOWN last. */
function printLinkFlags(ctx: LinkPrintContext, flags: number, mdown: boolean): void {
  const { p } = ctx;
  const out: string[] = [];
  if (flags & IFF.UP && !(flags & IFF.RUNNING)) out.push('NO-CARRIER');
  flags &= ~IFF.RUNNING;
  const order: [keyof typeof IFF, string][] = [
    ['LOOPBACK', 'LOOPBACK'],
    ['BROADCAST', 'BROADCAST'],
    ['POINTOPOINT', 'POINTOPOINT'],
    ['MULTICAST', 'MULTICAST'],
    ['NOARP', 'NOARP'],
    ['ALLMULTI', 'ALLMULTI'],
    ['PROMISC', 'PROMISC'],
    ['MASTER', 'MASTER'],
    ['SLAVE', 'SLAVE'],
    ['DEBUG', 'DEBUG'],
    ['DYNAMIC', 'DYNAMIC'],
    ['AUTOMEDIA', 'AUTOMEDIA'],
    ['PORTSEL', 'PORTSEL'],
    ['NOTRAILERS', 'NOTRAILERS'],
    ['UP', 'UP'],
    ['LOWER_UP', 'LOWER_UP'],
    ['DORMANT', 'DORMANT'],
    ['ECHO', 'ECHO'],
  ];
  for (const [k, name] of order) {
    if (flags & IFF[k]) {
      flags &= ~IFF[k];
      out.push(name);
    }
  }
  if (flags) out.push(sprintf('%x', flags));
  if (mdown) out.push('M-DOWN');
  p.fp('<');
  p.openJsonArray('flags');
  out.forEach((f, i) => p.printString(PRINT_ANY, null, i ? ',%s' : '%s', f));
  p.closeJsonArray();
  p.fp('> ');
}

/** print_linkinfo(): the device's lines; returns after the final newline (or before, `-o`). */
export function printLinkinfo(ctx: LinkPrintContext, m: LinkDumpMessage): void {
  const { p, host, names } = ctx;
  const a = m.attrs;
  const name = a.ifname ?? '';
  p.printUint(PRINT_ANY, 'ifindex', '%u: ', m.ifindex);
  let mdown = false;
  if (a.link !== undefined && a.link !== 0) {
    const peer = indexName(host, a.link);
    p.printString(PRINT_FP, null, '%s@', name);
    p.printString(PRINT_JSON, 'link', '', peer);
    p.printString(PRINT_FP, null, '%s: ', peer);
    p.printString(PRINT_JSON, 'ifname', '', name);
    mdown = !(host.link(a.link)?.up ?? false);
  } else p.printColorString(PRINT_ANY, 'ifname', 'ifname', '%s: ', name);
  printLinkFlags(ctx, m.flags, mdown);
  if (a.mtu !== undefined) p.printInt(PRINT_ANY, 'mtu', 'mtu %u ', a.mtu);
  if (a.qdisc !== undefined) p.printString(PRINT_ANY, 'qdisc', 'qdisc %s ', a.qdisc);
  if (a.master !== undefined) p.printString(PRINT_ANY, 'master', 'master %s ', indexName(host, a.master));
  if (a.operstate !== undefined) {
    p.printString(PRINT_FP, null, '%s ', 'state');
    p.printColorString(
      PRINT_ANY,
      a.operstate === 6 ? 'up' : a.operstate === 2 ? 'down' : 'none',
      'operstate',
      '%s ',
      OPER_STATES[a.operstate] ?? String(a.operstate),
    );
  }
  if (ctx.doLink && a.linkmode !== undefined)
    p.printString(PRINT_ANY, 'linkmode', 'mode %s ', LINK_MODES[a.linkmode] ?? String(a.linkmode));
  if (a.group !== undefined) p.printString(PRINT_ANY, 'group', 'group %s ', names.groupN2a(a.group));
  if (a.txqlen) p.printInt(PRINT_ANY, 'txqlen', 'qlen %d', a.txqlen);
  if (!ctx.family || ctx.family === 17 || ctx.details) {
    p.fp(sl(ctx));
    p.printString(PRINT_ANY, 'link_type', '    link/%s ', m.type === 772 ? 'loopback' : 'ether');
    if (a.address) p.printColorString(PRINT_ANY, 'mac', 'address', '%s', llAddrN2a(a.address));
    if (a.broadcast) {
      p.printString(PRINT_FP, null, ' brd ', '');
      p.printColorString(PRINT_ANY, 'mac', 'broadcast', '%s', llAddrN2a(a.broadcast));
    }
  }
  if (ctx.details) printDetails(ctx, m);
  if ((ctx.doLink || ctx.details) && a.ifalias !== undefined) {
    p.fp(`${sl(ctx)}    `);
    p.printString(PRINT_ANY, 'ifalias', 'alias %s', a.ifalias);
  }
}

/** The `-d` part of print_linkinfo. */
function printDetails(ctx: LinkPrintContext, m: LinkDumpMessage): void {
  const { p } = ctx;
  const a = m.attrs;
  // Every attribute is optional: an AF_INET6 link dump carries none of these.
  if (a.promiscuity !== undefined) p.printUint(PRINT_ANY, 'promiscuity', ' promiscuity %u ', a.promiscuity);
  if (a.allmulti !== undefined) p.printUint(PRINT_ANY, 'allmulti', ' allmulti %u ', a.allmulti);
  if (a.minMtu !== undefined) p.printUint(PRINT_ANY, 'min_mtu', 'minmtu %u ', a.minMtu);
  if (a.maxMtu !== undefined) p.printUint(PRINT_ANY, 'max_mtu', 'maxmtu %u ', a.maxMtu);
  if (a.linkinfo || a.slaveKind) printLinktype(ctx, m);
  if (ctx.doLink && a.addrgenmode !== undefined)
    p.printString(
      PRINT_ANY,
      'inet6_addr_gen_mode',
      'addrgenmode %s ',
      GEN_MODES[a.addrgenmode] ?? `0x${a.addrgenmode.toString(16).padStart(2, '0')}`,
    );
  if (a.numTxQueues !== undefined) p.printUint(PRINT_ANY, 'num_tx_queues', 'numtxqueues %u ', a.numTxQueues);
  if (a.numRxQueues !== undefined) p.printUint(PRINT_ANY, 'num_rx_queues', 'numrxqueues %u ', a.numRxQueues);
  if (a.gsoMaxSize !== undefined) p.printUint(PRINT_ANY, 'gso_max_size', 'gso_max_size %u ', a.gsoMaxSize);
  if (a.gsoMaxSegs !== undefined) p.printUint(PRINT_ANY, 'gso_max_segs', 'gso_max_segs %u ', a.gsoMaxSegs);
  if (a.tsoMaxSize !== undefined) p.printUint(PRINT_ANY, 'tso_max_size', 'tso_max_size %u ', a.tsoMaxSize);
  if (a.tsoMaxSegs !== undefined) p.printUint(PRINT_ANY, 'tso_max_segs', 'tso_max_segs %u ', a.tsoMaxSegs);
  if (a.groMaxSize !== undefined) p.printUint(PRINT_ANY, 'gro_max_size', 'gro_max_size %u ', a.groMaxSize);
}

/** print_linktype(): `    KIND ` with the kind's options, then `    SLAVEKIND_slave ` with its. */
function printLinktype(ctx: LinkPrintContext, m: LinkDumpMessage): void {
  const { p } = ctx;
  const a = m.attrs;
  p.openJsonObject('linkinfo');
  if (a.linkinfo) {
    p.fp(sl(ctx));
    p.printString(PRINT_ANY, 'info_kind', '    %s ', a.linkinfo.kind);
    if (a.linkinfo.kind === 'vrf' || a.linkinfo.kind === 'bridge') {
      p.openJsonObject('info_data');
      if (a.linkinfo.kind === 'vrf')
        p.printUint(PRINT_ANY, 'table', 'table %u ', Number(a.linkinfo.data?.table ?? 0));
      else printBridgeOpt(p, a.linkinfo.data ?? {});
      p.closeJsonObject();
    }
  }
  if (a.slaveKind) {
    p.fp(sl(ctx));
    const kind = a.slaveKind === 'bridge_slave' ? 'bridge' : a.slaveKind;
    p.printString(PRINT_ANY, 'info_slave_kind', '    %s_slave ', kind);
    p.openJsonObject('info_slave_data');
    if (kind === 'vrf') p.printUint(PRINT_ANY, 'table', 'table %u ', Number(a.slaveData?.table ?? 0));
    else printBridgeSlaveOpt(p, a.slaveData ?? {});
    p.closeJsonObject();
  }
  p.closeJsonObject();
}
