/**
 * The name databases iptables consults: protocols (its own xtables_chain_protos, then
 * /etc/protocols), services (/etc/services via getservbyname/getservbyport) and ICMP type names.
 */
import { PROTOCOLS_TEXT, SERVICES_TEXT } from './names-data';

/** xtables_chain_protos: the names iptables knows before asking /etc/protocols. */
const CHAIN_PROTOS: readonly [string, number][] = [
  ['tcp', 6],
  ['sctp', 132],
  ['udp', 17],
  ['udplite', 136],
  ['icmp', 1],
  ['icmpv6', 58],
  ['ipv6-icmp', 58],
  ['esp', 50],
  ['ah', 51],
  ['ipv6-mh', 135],
  ['mh', 135],
  ['all', 0],
];

/** /etc/protocols by name and by number, read when first asked (not at each start of rpdb). */
let protocols: { byName: Map<string, number>; byNumber: Map<number, string> } | null = null;

function protocolDb(): { byName: Map<string, number>; byNumber: Map<number, string> } {
  if (protocols) return protocols;
  const byName = new Map<string, number>();
  const byNumber = new Map<number, string>();
  for (const line of PROTOCOLS_TEXT.split('\n')) {
    const [name, num, ...aliases] = line.split(' ');
    if (!name) continue;
    const n = Number(num);
    if (!byNumber.has(n)) byNumber.set(n, name);
    for (const a of [name, ...aliases]) if (!byName.has(a)) byName.set(a, n);
  }
  return (protocols = { byName, byNumber });
}

/** xtables_parse_protocol: a name (already lower-cased) or number 0-255; null when unknown. */
export function parseProtocol(text: string): number | null {
  if (/^[0-9]+$/.test(text)) {
    const n = Number(text);
    return n <= 255 ? n : null;
  }
  for (const [name, num] of CHAIN_PROTOS) if (name === text) return num;
  return protocolDb().byName.get(text) ?? null;
}

/** The name `iptables -S` prints for a protocol number (proto_to_name), or null. */
export function protocolName(proto: number): string | null {
  for (const [name, num] of CHAIN_PROTOS) if (num === proto && name !== 'icmpv6') return name;
  return protocolDb().byNumber.get(proto) ?? null;
}

/** /etc/services by `name/proto` and by `port/proto`, read when first asked. */
let services: { byName: Map<string, number>; byPort: Map<string, string> } | null = null;

function serviceDb(): { byName: Map<string, number>; byPort: Map<string, string> } {
  if (services) return services;
  const byName = new Map<string, number>();
  const byPort = new Map<string, string>();
  for (const line of SERVICES_TEXT.split('\n')) {
    const [name, portProto, ...aliases] = line.split(' ');
    if (!name) continue;
    const [port, proto] = portProto.split('/');
    if (!byPort.has(`${port}/${proto}`)) byPort.set(`${port}/${proto}`, name);
    for (const a of [name, ...aliases]) if (!byName.has(`${a}/${proto}`)) byName.set(`${a}/${proto}`, Number(port));
  }
  return (services = { byName, byPort });
}

/** getservbyname(name, proto). */
export function serviceByName(name: string, proto: string): number | null {
  return serviceDb().byName.get(`${name}/${proto}`) ?? null;
}

/** getservbyport(port, proto) → its name, for `-L` without `-n`. */
export function serviceName(port: number, proto: string): string | null {
  return serviceDb().byPort.get(`${port}/${proto}`) ?? null;
}

/** libxt_icmp's icmp_codes: name → [type, code min, code max]. */
export const ICMP_TYPES: readonly [string, number, number, number][] = [
  ['any', 0xff, 0, 0xff],
  ['echo-reply', 0, 0, 0xff],
  ['pong', 0, 0, 0xff],
  ['destination-unreachable', 3, 0, 0xff],
  ['network-unreachable', 3, 0, 0],
  ['host-unreachable', 3, 1, 1],
  ['protocol-unreachable', 3, 2, 2],
  ['port-unreachable', 3, 3, 3],
  ['fragmentation-needed', 3, 4, 4],
  ['source-route-failed', 3, 5, 5],
  ['network-unknown', 3, 6, 6],
  ['host-unknown', 3, 7, 7],
  ['network-prohibited', 3, 9, 9],
  ['host-prohibited', 3, 10, 10],
  ['TOS-network-unreachable', 3, 11, 11],
  ['TOS-host-unreachable', 3, 12, 12],
  ['communication-prohibited', 3, 13, 13],
  ['host-precedence-violation', 3, 14, 14],
  ['precedence-cutoff', 3, 15, 15],
  ['source-quench', 4, 0, 0xff],
  ['redirect', 5, 0, 0xff],
  ['network-redirect', 5, 0, 0],
  ['host-redirect', 5, 1, 1],
  ['TOS-network-redirect', 5, 2, 2],
  ['TOS-host-redirect', 5, 3, 3],
  ['echo-request', 8, 0, 0xff],
  ['ping', 8, 0, 0xff],
  ['router-advertisement', 9, 0, 0xff],
  ['router-solicitation', 10, 0, 0xff],
  ['time-exceeded', 11, 0, 0xff],
  ['ttl-exceeded', 11, 0, 0xff],
  ['ttl-zero-during-transit', 11, 0, 0],
  ['ttl-zero-during-reassembly', 11, 1, 1],
  ['parameter-problem', 12, 0, 0xff],
  ['ip-header-bad', 12, 0, 0],
  ['required-option-missing', 12, 1, 1],
  ['timestamp-request', 13, 0, 0xff],
  ['timestamp-reply', 14, 0, 0xff],
  ['address-mask-request', 17, 0, 0xff],
  ['address-mask-reply', 18, 0, 0xff],
];

/** libxt_icmp6's icmpv6_codes. */
export const ICMP6_TYPES: readonly [string, number, number, number][] = [
  ['destination-unreachable', 1, 0, 0xff],
  ['no-route', 1, 0, 0],
  ['communication-prohibited', 1, 1, 1],
  ['beyond-scope', 1, 2, 2],
  ['address-unreachable', 1, 3, 3],
  ['port-unreachable', 1, 4, 4],
  ['failed-policy', 1, 5, 5],
  ['reject-route', 1, 6, 6],
  ['packet-too-big', 2, 0, 0xff],
  ['time-exceeded', 3, 0, 0xff],
  ['ttl-exceeded', 3, 0, 0xff],
  ['ttl-zero-during-transit', 3, 0, 0],
  ['ttl-zero-during-reassembly', 3, 1, 1],
  ['parameter-problem', 4, 0, 0xff],
  ['bad-header', 4, 0, 0],
  ['unknown-header-type', 4, 1, 1],
  ['unknown-option', 4, 2, 2],
  ['echo-request', 128, 0, 0xff],
  ['ping', 128, 0, 0xff],
  ['echo-reply', 129, 0, 0xff],
  ['pong', 129, 0, 0xff],
  ['mld-listener-query', 130, 0, 0xff],
  ['mld-listener-report', 131, 0, 0xff],
  ['mld-listener-done', 132, 0, 0xff],
  ['mld-listener-reduction', 132, 0, 0xff],
  ['router-solicitation', 133, 0, 0xff],
  ['router-advertisement', 134, 0, 0xff],
  ['neighbour-solicitation', 135, 0, 0xff],
  ['neighbor-solicitation', 135, 0, 0xff],
  ['neighbour-advertisement', 136, 0, 0xff],
  ['neighbor-advertisement', 136, 0, 0xff],
  ['redirect', 137, 0, 0xff],
];

/** Targets iptables can load: a chain may not be named after one (parse_chain). */
export const TARGET_NAMES: ReadonlySet<string> = new Set([
  'ACCEPT',
  'DROP',
  'RETURN',
  'QUEUE',
  'MARK',
  'CONNMARK',
  'DNAT',
  'SNAT',
  'MASQUERADE',
  'REDIRECT',
  'NETMAP',
  'LOG',
  'NFLOG',
  'NFQUEUE',
  'REJECT',
  'TPROXY',
  'TCPMSS',
  'TOS',
  'DSCP',
  'CLASSIFY',
  'CT',
  'NOTRACK',
  'TRACE',
  'TTL',
  'HL',
  'ECN',
  'AUDIT',
  'CHECKSUM',
  'CONNSECMARK',
  'SECMARK',
  'IDLETIMER',
  'LED',
  'RATEEST',
  'SET',
  'SYNPROXY',
  'TEE',
  'HMARK',
  'CLUSTERIP',
  'standard',
]);
