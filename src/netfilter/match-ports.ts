/** The tcp, udp and sctp matches (`--sport`, `--dport`): parsing, `-S` and `-L` text. */
import { paramError } from './errors';
import type { Extension, ParseContext } from './module';
import { parseCNumber } from './numbers';
import { serviceByName, serviceName } from './names';
import type { NfMatch, NfPortMatch } from './types';

type PortsModule = 'tcp' | 'udp' | 'udplite' | 'sctp';

/** xtables_parse_port: a service name of `proto` or a number 0-65535. */
export function parsePort(text: string, proto: string): number {
  const s = serviceByName(text, proto);
  if (s !== null) return s;
  const n = parseCNumber(text, 0xffff);
  if (n === null) throw paramError(`invalid port/service \`${text}' specified`);
  return n;
}

/** parse_tcp_ports: "P", "LO:HI", ":HI", "LO:". */
export function parsePortRange(text: string, proto: string): { lo: number; hi: number } {
  const c = text.indexOf(':');
  if (c < 0) {
    const p = parsePort(text, proto);
    return { lo: p, hi: p };
  }
  const a = text.slice(0, c);
  const b = text.slice(c + 1);
  const lo = a === '' ? 0 : parsePort(a, proto);
  const hi = b === '' ? 0xffff : parsePort(b, proto);
  if (lo > hi) throw paramError('invalid portrange (min > max)');
  return { lo, hi };
}

const LONG: Record<string, 'sport' | 'dport'> = {
  'source-port': 'sport',
  sport: 'sport',
  'destination-port': 'dport',
  dport: 'dport',
};

/** The tcp/udp/sctp match extension (udplite has no options in iptables). */
export function portsExtension(module: PortsModule): Extension<NfMatch> {
  let sport: NfPortMatch | undefined;
  let dport: NfPortMatch | undefined;
  const servProto = module === 'sctp' ? 'sctp' : module === 'udp' ? 'udp' : 'tcp';
  return {
    name: module,
    options: module === 'udplite' ? [] : ['source-port', 'sport', 'destination-port', 'dport'],
    parse(opt, arg, invert) {
      const which = LONG[opt];
      if (which === 'sport' && sport) throw paramError("Only one `--source-port' allowed");
      if (which === 'dport' && dport) throw paramError("Only one `--destination-port' allowed");
      const r = parsePortRange(arg, servProto);
      if (which === 'sport') sport = { ...r, invert };
      else dport = { ...r, invert };
    },
    finish(_ctx: ParseContext) {
      return { kind: 'ports', module, sport, dport };
    },
  };
}

function isAll(p: NfPortMatch | undefined): boolean {
  return !p || (p.lo === 0 && p.hi === 0xffff && !p.invert);
}

/** The ` --sport X --dport Y` part of `-S` (tcp_save). */
export function savePorts(m: Extract<NfMatch, { kind: 'ports' }>): string {
  let s = '';
  for (const [name, p] of [
    ['sport', m.sport],
    ['dport', m.dport],
  ] as const) {
    if (!p || (p.lo === 0 && p.hi === 0xffff)) continue;
    s += `${p.invert ? ' !' : ''} --${name} ${p.lo === p.hi ? p.lo : `${p.lo}:${p.hi}`}`;
  }
  return s;
}

function listPort(port: number, proto: string, numeric: boolean): string {
  return numeric ? String(port) : (serviceName(port, proto) ?? String(port));
}

/** The ` tcp spt:X dpts:A:B` part of `-L` (tcp_print). */
export function listPorts(m: Extract<NfMatch, { kind: 'ports' }>, numeric: boolean): string {
  const proto = m.module === 'sctp' ? 'sctp' : m.module === 'udp' ? 'udp' : 'tcp';
  let s = ` ${m.module}`;
  for (const [name, p] of [
    ['spt', m.sport],
    ['dpt', m.dport],
  ] as const) {
    if (isAll(p) || !p) continue;
    const inv = p.invert ? '!' : '';
    if (p.lo === p.hi) s += ` ${name}:${inv}${listPort(p.lo, proto, numeric)}`;
    else s += ` ${name}s:${inv}${listPort(p.lo, proto, numeric)}:${listPort(p.hi, proto, numeric)}`;
  }
  return s;
}
