/** The DNAT, SNAT, MASQUERADE and REDIRECT targets: parsing, `-S` and `-L` text. */
import { formatIpv4, formatIpv6, parseIpv6, type Ip } from '../engine/ip';
import { paramError } from './errors';
import { GuidedOptions } from './guided';
import type { Extension, ParseContext } from './module';
import { parseIpv4Loose } from './addresses';
import { parseCNumber } from './numbers';
import type { NfNatRange, NfTarget } from './types';

const PORT_PROTOS = new Set([6, 17, 132, 33]);

function portOk(ctx: ParseContext): boolean {
  return PORT_PROTOS.has(ctx.proto) && !ctx.protoInvert;
}

function parsePorts(text: string): { lo: number; hi: number } {
  const [a, b, ...rest] = text.split('-');
  const lo = parseCNumber(a, 0xffff);
  const hi = b === undefined ? lo : parseCNumber(b, 0xffff);
  if (lo === null || hi === null || rest.length > 0 || lo === 0)
    throw paramError(`Port \`${text}' not valid\n`);
  if (hi < lo) throw paramError(`Port range \`${text}' funky\n`);
  return { lo, hi };
}

function parseAddr(text: string, v6: boolean): Ip {
  const a = v6 ? parseIpv6(text) : parseIpv4Loose(text);
  if (a === null) throw paramError(`Bad IP address "${text}"`);
  return a;
}

/** parse_to: `[ADDR[-ADDR]][:PORT[-PORT]]` (IPv6: `[ADDR]:PORT`). */
function parseTo(arg: string, ctx: ParseContext): NfNatRange {
  const v6 = ctx.family === 6;
  let addrs = arg;
  let ports: string | undefined;
  if (v6) {
    const m = /^\[([^\]]*)\](?::(.*))?$/.exec(arg);
    if (m) [addrs, ports] = [m[1], m[2]];
  } else {
    const c = arg.indexOf(':');
    if (c >= 0) [addrs, ports] = [arg.slice(0, c), arg.slice(c + 1)];
  }
  const r: NfNatRange = { text: '' };
  if (ports !== undefined) {
    if (!portOk(ctx)) throw paramError('Need TCP, UDP, SCTP or DCCP with port specification');
    const p = parsePorts(ports);
    r.portLo = p.lo;
    r.portHi = p.hi;
  }
  if (addrs !== '') {
    const d = addrs.indexOf('-');
    r.lo = parseAddr(d < 0 ? addrs : addrs.slice(0, d), v6);
    r.hi = d < 0 ? r.lo : parseAddr(addrs.slice(d + 1), v6);
  }
  const fmt = (ip: Ip) => (typeof ip === 'number' ? formatIpv4(ip) : formatIpv6(ip));
  let text =
    r.lo === undefined ? '' : fmt(r.lo) + (r.hi !== undefined && r.hi !== r.lo ? `-${fmt(r.hi)}` : '');
  if (v6 && r.portLo !== undefined) text = `[${text}]`;
  if (r.portLo !== undefined) text += `:${r.portLo}${r.portHi !== r.portLo ? `-${r.portHi}` : ''}`;
  r.text = text;
  return r;
}

/** `-j DNAT --to-destination` / `-j SNAT --to-source`. */
export function natExtension(kind: 'DNAT' | 'SNAT'): Extension<NfTarget> {
  const opt = kind === 'DNAT' ? 'to-destination' : 'to-source';
  const g = new GuidedOptions(kind, [{ name: opt, excl: [] }]);
  let to: NfNatRange | undefined;
  return {
    name: kind,
    options: [opt],
    parse(_o, arg, _inv, ctx) {
      g.see(opt);
      to = parseTo(arg, ctx);
    },
    finish() {
      if (!to) throw paramError(`${kind}: option "--${opt}" must be specified\n`);
      return kind === 'DNAT' ? { kind: 'dnat', to } : { kind: 'snat', to };
    },
  };
}

/** `-j MASQUERADE [--to-ports P[-P]]` / `-j REDIRECT [--to-ports P[-P]]`. */
export function portsNatExtension(kind: 'MASQUERADE' | 'REDIRECT'): Extension<NfTarget> {
  let ports: { lo: number; hi: number } | undefined;
  return {
    name: kind,
    options: ['to-ports'],
    parse(_o, arg, _inv, ctx) {
      if (!portOk(ctx)) throw paramError('Need TCP, UDP, SCTP or DCCP with port specification');
      ports = parsePorts(arg);
    },
    finish() {
      return kind === 'MASQUERADE' ? { kind: 'masquerade', ports } : { kind: 'redirect', ports };
    },
  };
}

type NatTarget = Extract<NfTarget, { kind: 'dnat' | 'snat' | 'masquerade' | 'redirect' }>;

function portsText(p: { lo: number; hi: number }): string {
  return p.lo === p.hi ? String(p.lo) : `${p.lo}-${p.hi}`;
}

/** `-S` text after `-j DNAT` etc. */
export function saveNatTarget(t: NatTarget): string {
  if (t.kind === 'dnat') return ` --to-destination ${t.to?.text ?? ''}`;
  if (t.kind === 'snat') return ` --to-source ${t.to.text}`;
  return t.ports ? ` --to-ports ${portsText(t.ports)}` : '';
}

/** `-L` text of DNAT etc. */
export function listNatTarget(t: NatTarget): string {
  if (t.kind === 'dnat') return ` to:${t.to?.text ?? ''}`;
  if (t.kind === 'snat') return ` to:${t.to.text}`;
  if (!t.ports) return '';
  return t.kind === 'masquerade'
    ? ` masq ports: ${portsText(t.ports)}`
    : ` redir ports ${portsText(t.ports)}`;
}
