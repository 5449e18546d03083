/** The mark, multiport, icmp and icmp6 matches: parsing, `-S` and `-L` text. */
import { paramError } from './errors';
import type { Extension } from './module';
import { hex, parseCNumber, parseMarkMask } from './numbers';
import { ICMP6_TYPES, ICMP_TYPES, serviceName } from './names';
import { parsePortRange } from './match-ports';
import type { NfMatch } from './types';

type M<K extends NfMatch['kind']> = Extract<NfMatch, { kind: K }>;

/** `-m mark --mark V[/M]` (xt_mark: (skb->mark & mask) == value). */
export function markMatchExtension(): Extension<NfMatch> {
  let m: M<'mark'> | undefined;
  return {
    name: 'mark',
    options: ['mark'],
    parse(_opt, arg, invert) {
      if (m) throw paramError('mark: option "--mark" can only be used once.\n');
      const v = parseMarkMask(arg);
      if (!v) throw paramError('mark: bad integer value for option "--mark", or out of range.\n');
      m = { kind: 'mark', value: v.value, mask: v.mask, invert };
    },
    finish() {
      if (!m) throw paramError('mark: option "--mark" must be specified\n');
      return m;
    },
  };
}

const MULTI: Record<string, 'sports' | 'dports' | 'ports'> = {
  'source-ports': 'sports',
  sports: 'sports',
  'destination-ports': 'dports',
  dports: 'dports',
  ports: 'ports',
};

const MULTIPORT_PROTOS: Record<number, string> = {
  6: 'tcp',
  17: 'udp',
  136: 'udplite',
  132: 'sctp',
  33: 'dccp',
};

/** `-m multiport --sports|--dports|--ports P[,P|LO:HI]...` (up to 15 ports). */
export function multiportExtension(): Extension<NfMatch> {
  let m: M<'multiport'> | undefined;
  return {
    name: 'multiport',
    options: ['source-ports', 'sports', 'destination-ports', 'dports', 'ports'],
    parse(opt, arg, invert, ctx) {
      const proto = MULTIPORT_PROTOS[ctx.proto];
      if (!proto || ctx.protoInvert)
        throw paramError("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
      if (m) throw paramError('multiport can only have one option');
      const ranges = arg.split(',').map((p) => parsePortRange(p, proto === 'udp' ? 'udp' : 'tcp'));
      if (ranges.reduce((n, r) => n + (r.lo === r.hi ? 1 : 2), 0) > 15)
        throw paramError('too many ports specified');
      m = { kind: 'multiport', which: MULTI[opt], ranges, invert };
    },
    finish() {
      if (!m) throw paramError('multiport expection an option');
      return m;
    },
  };
}

/** `-p icmp --icmp-type T[/C]|NAME` and `-p icmpv6 --icmpv6-type ...`. */
export function icmpExtension(v6: boolean): Extension<NfMatch> {
  let m: M<'icmp'> | undefined;
  const table = v6 ? ICMP6_TYPES : ICMP_TYPES;
  return {
    name: v6 ? 'icmp6' : 'icmp',
    options: [v6 ? 'icmpv6-type' : 'icmp-type'],
    parse(_opt, arg, invert) {
      const matches = table.filter(([name]) => name.toLowerCase().startsWith(arg.toLowerCase()));
      const exact = table.find(([name]) => name.toLowerCase() === arg.toLowerCase());
      const hit = exact ?? (matches.length === 1 ? matches[0] : undefined);
      if (matches.length > 1 && !exact)
        throw paramError(
          `Ambiguous ICMP${v6 ? 'v6' : ''} type \`${arg}': \`${matches[0][0]}' or \`${matches[1][0]}'?`,
        );
      let type: number;
      let codeLo = 0;
      let codeHi = 0xff;
      if (hit) [, type, codeLo, codeHi] = hit;
      else {
        const [t, c, ...rest] = arg.split('/');
        const tn = parseCNumber(t, 0xff);
        const cn = c === undefined ? 0 : parseCNumber(c, 0xff);
        if (tn === null || cn === null || rest.length > 0)
          throw paramError(`Invalid ICMP${v6 ? 'v6' : ''} type \`${arg}'\n`);
        type = tn;
        if (c !== undefined) codeLo = codeHi = cn;
      }
      m = { kind: 'icmp', module: v6 ? 'icmp6' : 'icmp', type, codeLo, codeHi, invert };
    },
    finish() {
      return (
        m ?? {
          kind: 'icmp',
          module: v6 ? 'icmp6' : 'icmp',
          type: 0xff,
          codeLo: 0,
          codeHi: 0xff,
          invert: false,
        }
      );
    },
  };
}

function rangesText(ranges: { lo: number; hi: number }[], proto: string, numeric: boolean): string {
  const p = (n: number) => (numeric ? String(n) : (serviceName(n, proto) ?? String(n)));
  return ranges.map((r) => (r.lo === r.hi ? p(r.lo) : `${p(r.lo)}:${p(r.hi)}`)).join(',');
}

/** `-S` text of a mark, multiport or icmp match (after `-m NAME`). */
export function saveMiscMatch(m: M<'mark'> | M<'multiport'> | M<'icmp'>): string {
  const inv = m.invert ? ' !' : '';
  if (m.kind === 'mark')
    return `${inv} --mark ${hex(m.value)}${m.mask === 0xffffffff ? '' : `/${hex(m.mask)}`}`;
  if (m.kind === 'multiport') return `${inv} --${m.which} ${rangesText(m.ranges, 'tcp', true)}`;
  const opt = m.module === 'icmp' ? '--icmp-type' : '--icmpv6-type';
  if (m.type === 0xff && m.module === 'icmp') return `${inv} ${opt} any`;
  const code = m.codeLo !== 0 || m.codeHi !== 0xff ? `/${m.codeLo}` : '';
  return `${inv} ${opt} ${m.type}${code}`;
}

/** `-L` text of a mark, multiport or icmp match. */
export function listMiscMatch(
  m: M<'mark'> | M<'multiport'> | M<'icmp'>,
  numeric: boolean,
  proto: number,
): string {
  if (m.kind === 'mark')
    return ` mark match${m.invert ? ' !' : ''} ${hex(m.value)}${m.mask === 0xffffffff ? '' : `/${hex(m.mask)}`}`;
  if (m.kind === 'multiport') {
    const p = proto === 17 ? 'udp' : 'tcp';
    return ` multiport ${m.which} ${m.invert ? ' !' : ''}${rangesText(m.ranges, p, numeric)}`;
  }
  const table = m.module === 'icmp' ? ICMP_TYPES : ICMP6_TYPES;
  let s = m.module === 'icmp' ? ' icmp' : ' ipv6-icmp';
  if (!numeric) {
    const hit = table.find(([, t, lo, hi]) => t === m.type && lo === m.codeLo && hi === m.codeHi);
    if (hit) return `${s} ${m.invert ? '!' : ''}${hit[0]}`;
  }
  if (m.invert) s += ' !';
  s += `type ${m.type}`;
  if (m.codeLo === m.codeHi) s += ` code ${m.codeLo}`;
  else if (m.codeLo !== 0 || m.codeHi !== 0xff) s += ` codes ${m.codeLo}-${m.codeHi}`;
  return s;
}
