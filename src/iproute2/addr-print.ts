/**
 * print_addrinfo() of ip/ipaddress.c (iproute2 6.1): one address line pair of `ip addr show`,
 * text or JSON, including the flag words (print_ifa_flags) and the lifetimes.
 */
import { AF_INET, AF_INET6, formatIp } from '../engine/ip';
import { IFA_F, type AddrMessage } from '../engine/netlink';
import { IpPrinter, PRINT_ANY, PRINT_FP, PRINT_JSON, ifaFamilyColor } from './json-print';
import type { Names } from './names';

const INFINITY_LIFE_TIME = 0xffffffff;

const IFA_FLAG_NAMES = [
  'secondary',
  'nodad',
  'optimistic',
  'dadfailed',
  'home',
  'deprecated',
  'tentative',
  'permanent',
  'mngtmpaddr',
  'noprefixroute',
  'autojoin',
  'stable-privacy',
];

/** get_ifa_flags(): IFA_FLAGS when present, else the header's u8 flags. */
export function ifaFlags(m: AddrMessage): number {
  return m.attrs.flags ?? m.flags;
}

/** print_ifa_flags(): each set flag's word; `dynamic` when IFA_F_PERMANENT is missing. */
function printIfaFlags(p: IpPrinter, m: AddrMessage, flags: number): void {
  for (let i = 0; i < IFA_FLAG_NAMES.length; i++) {
    const mask = 1 << i;
    if (mask === IFA_F.PERMANENT) {
      if (!(flags & mask)) p.printBool(PRINT_ANY, 'dynamic', 'dynamic ', true);
    } else if (flags & mask) {
      if (mask === IFA_F.SECONDARY && m.family === AF_INET6)
        p.printBool(PRINT_ANY, 'temporary', 'temporary ', true);
      else p.printBool(PRINT_ANY, IFA_FLAG_NAMES[i], `${IFA_FLAG_NAMES[i]} `, true);
    }
    flags &= ~mask;
  }
  if (flags) p.printString(PRINT_ANY, 'flags', 'flags %s ', flags.toString(16).padStart(2, '0'));
}

/** print_addrinfo() for one address (the caller opened nothing: this opens the JSON object). */
export function printAddrinfo(p: IpPrinter, names: Names, m: AddrMessage, sl: string, brief = false): void {
  const family = m.family === AF_INET ? 'inet' : m.family === AF_INET6 ? 'inet6' : '???';
  const local = m.attrs.local ?? m.attrs.address;
  if (!brief) {
    p.openJsonObject(null);
    p.fp('    ');
    p.printString(PRINT_ANY, 'family', '%s ', family);
  }
  if (local !== undefined) {
    p.printColorString(PRINT_ANY, ifaFamilyColor(m.family), 'local', '%s', formatIp(local));
    if (m.attrs.address !== undefined && m.attrs.local !== undefined && m.attrs.address !== m.attrs.local) {
      p.fp(' peer ');
      p.printColorString(PRINT_ANY, ifaFamilyColor(m.family), 'address', '%s', formatIp(m.attrs.address));
    }
    p.printInt(PRINT_ANY, 'prefixlen', '/%d ', m.prefixLen);
    if (m.attrs.rtPriority !== undefined) p.printUint(PRINT_ANY, 'metric', 'metric %u ', m.attrs.rtPriority);
  }
  if (brief) return;
  if (m.attrs.broadcast !== undefined) {
    p.fp('brd ');
    p.printColorString(PRINT_ANY, ifaFamilyColor(m.family), 'broadcast', '%s ', formatIp(m.attrs.broadcast));
  }
  p.printString(PRINT_ANY, 'scope', 'scope %s ', names.rtscopeN2a(m.scope));
  printIfaFlags(p, m, ifaFlags(m));
  if (m.attrs.label !== undefined) p.printString(PRINT_ANY, 'label', '%s', m.attrs.label);
  const ci = m.attrs.cacheinfo;
  if (ci) {
    p.fp(sl);
    p.fp('       valid_lft ');
    if (ci.valid === INFINITY_LIFE_TIME) {
      p.printUint(PRINT_JSON, 'valid_life_time', '', INFINITY_LIFE_TIME);
      p.fp('forever');
    } else p.printUint(PRINT_ANY, 'valid_life_time', '%usec', ci.valid);
    p.fp(' preferred_lft ');
    if (ci.preferred === INFINITY_LIFE_TIME) {
      p.printUint(PRINT_JSON, 'preferred_life_time', '', INFINITY_LIFE_TIME);
      p.fp('forever');
    } else p.printUint(PRINT_ANY, 'preferred_life_time', '%usec', ci.preferred);
  }
  p.fp('\n');
  p.closeJsonObject();
}
void PRINT_FP;
