/**
 * `-br` output of ip/ipaddress.c (print_linkinfo_brief and the brief address list): one line per
 * device, name and operstate in fixed-width columns, then the MAC and flags or the addresses.
 */
import type { LinkDumpMessage } from '../engine/link-message';
import type { AddrMessage } from '../engine/netlink';
import { printAddrinfo } from './addr-print';
import { PRINT_ANY, PRINT_FP, PRINT_JSON } from './json-print';
import { indexName, llAddrN2a, type LinkPrintContext } from './link-print';

const OPER = ['UNKNOWN', 'NOTPRESENT', 'DOWN', 'LOWERLAYERDOWN', 'TESTING', 'DORMANT', 'UP'];

/** print_linkinfo_brief() and the brief address list. */
export function printBrief(
  ctx: LinkPrintContext,
  m: LinkDumpMessage,
  doLink: boolean,
  addrs: AddrMessage[],
): void {
  const { p, host } = ctx;
  const name = m.attrs.ifname ?? '';
  const shown = m.attrs.link ? `${name}@${indexName(host, m.attrs.link)}` : name;
  if (m.attrs.link) {
    p.printString(PRINT_FP, null, '%-16s ', shown);
    p.printString(PRINT_JSON, 'ifname', '', name);
    p.printString(PRINT_JSON, 'link', '', indexName(host, m.attrs.link));
  } else p.printColorString(PRINT_ANY, 'ifname', 'ifname', '%-16s ', name);
  const op = m.attrs.operstate ?? 0;
  p.printColorString(
    PRINT_ANY,
    op === 6 ? 'up' : op === 2 ? 'down' : 'none',
    'operstate',
    '%-14s ',
    OPER[op] ?? String(op),
  );
  if (doLink) {
    if (m.attrs.address) p.printColorString(PRINT_ANY, 'mac', 'address', '%s ', llAddrN2a(m.attrs.address));
    const flags: string[] = [];
    const f = m.flags;
    if (f & 1 && !(f & 0x40)) flags.push('NO-CARRIER');
    const order: [number, string][] = [
      [0x8, 'LOOPBACK'],
      [0x2, 'BROADCAST'],
      [0x10, 'POINTOPOINT'],
      [0x1000, 'MULTICAST'],
      [0x80, 'NOARP'],
      [0x200, 'ALLMULTI'],
      [0x100, 'PROMISC'],
      [0x400, 'MASTER'],
      [0x800, 'SLAVE'],
      [0x1, 'UP'],
      [0x10000, 'LOWER_UP'],
    ];
    for (const [bit, n] of order) if (f & bit) flags.push(n);
    if (m.attrs.link && !(host.link(m.attrs.link)?.up ?? false)) flags.push('M-DOWN');
    p.fp('<');
    p.openJsonArray('flags');
    flags.forEach((x, i) => p.printString(PRINT_ANY, null, i ? ',%s' : '%s', x));
    p.closeJsonArray();
    p.fp('> ');
  } else {
    p.openJsonArray('addr_info');
    for (const x of addrs) {
      p.openJsonObject(null);
      printAddrinfo(p, ctx.names, x, '\n', true);
      p.closeJsonObject();
    }
    p.closeJsonArray();
  }
  p.fp('\n');
}
