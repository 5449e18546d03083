/**
 * The packet table's filter language: whitespace-separated terms, all of which must match.
 * `field:value` matches one column exactly (case-insensitive; quote values with spaces:
 * `verdict:"dev wan1"`); a bare word matches as a substring of the addresses, interface,
 * rule, table, verdict, marking rule or query. Fields: if, dir, src, dst, addr, proto, sport,
 * dport, port, mark, rule (a priority, `none` or `skipped`), table, verdict, query, markedby.
 */
import {
  DIR_INPUT,
  DIR_OUTPUT,
  DIR_NONE,
  RULE_NONE,
  RULE_SKIPPED,
  type CaptureColumns,
} from './capture-columns';

/** A compiled filter: true for the rows (column positions) it keeps. */
export type RowPredicate = (i: number) => boolean;

/** Protocol numbers by the names the table shows (/etc/protocols). */
export const PROTO_NAMES: Record<number, string> = {
  1: 'icmp',
  6: 'tcp',
  17: 'udp',
  58: 'ipv6-icmp',
  132: 'sctp',
  136: 'udplite',
};

/** Splits filter text into terms; quotes group words. */
export function splitTerms(text: string): string[] {
  const out: string[] = [];
  const re = /(?:[^\s"]+|"[^"]*")+/g;
  for (const m of text.matchAll(re)) out.push(m[0]);
  return out;
}

const unquote = (s: string) => s.replace(/"/g, '');

/** Compiles `text` over `cols`; an error message names a term it cannot use. */
export function compileFilter(
  text: string,
  cols: CaptureColumns,
): { ok: true; test: RowPredicate | null } | { ok: false; error: string } {
  const tests: RowPredicate[] = [];
  const strings = cols.strings.values;
  const idsMatching = (pred: (s: string) => boolean): Uint8Array => {
    const m = new Uint8Array(strings.length);
    for (let k = 0; k < strings.length; k++) if (pred(strings[k])) m[k] = 1;
    return m;
  };
  for (const term of splitTerms(text)) {
    const colon = term.indexOf(':');
    const field = colon > 0 ? term.slice(0, colon).toLowerCase() : '';
    const value = unquote(colon > 0 ? term.slice(colon + 1) : term).toLowerCase();
    if (!field || !/^[a-z]+$/.test(field)) {
      const m = idsMatching((s) => s.toLowerCase().includes(value));
      const cs = [cols.src, cols.dst, cols.iface, cols.table, cols.verdict, cols.markedBy, cols.query];
      tests.push(
        (i) => cs.some((c) => m[c[i]] === 1) || (cols.rule[i] >= 0 && String(cols.rule[i]) === value),
      );
      continue;
    }
    const t = fieldTest(field, value, cols, idsMatching);
    if (typeof t === 'string') return { ok: false, error: t };
    tests.push(t);
  }
  if (tests.length === 0) return { ok: true, test: null };
  return { ok: true, test: (i) => tests.every((t) => t(i)) };
}

function parseNumber(v: string): number | null {
  if (!/^(0x[0-9a-f]+|\d+)$/.test(v)) return null;
  return Number(v);
}

function fieldTest(
  field: string,
  value: string,
  cols: CaptureColumns,
  idsMatching: (pred: (s: string) => boolean) => Uint8Array,
): RowPredicate | string {
  const exact = (col: Uint32Array): RowPredicate => {
    const m = idsMatching((s) => s.toLowerCase() === value);
    return (i) => m[col[i]] === 1;
  };
  const num = (col: Int32Array | Uint32Array): RowPredicate | string => {
    const n = parseNumber(value);
    return n === null ? `${field}:${value}: not a number` : (i) => col[i] === n;
  };
  switch (field) {
    case 'if':
      return exact(cols.iface);
    case 'src':
      return exact(cols.src);
    case 'dst':
      return exact(cols.dst);
    case 'addr': {
      const m = idsMatching((s) => s.toLowerCase() === value);
      return (i) => m[cols.src[i]] === 1 || m[cols.dst[i]] === 1;
    }
    case 'table':
      return value === 'none' ? (i) => cols.table[i] === 0 : exact(cols.table);
    case 'verdict':
      return exact(cols.verdict);
    case 'query':
      return exact(cols.query);
    case 'markedby': {
      const m = idsMatching((s) => s.toLowerCase().includes(value));
      return (i) => m[cols.markedBy[i]] === 1;
    }
    case 'dir': {
      const d = { input: DIR_INPUT, in: DIR_INPUT, output: DIR_OUTPUT, out: DIR_OUTPUT, none: DIR_NONE }[
        value
      ];
      return d === undefined ? `dir:${value}: use input or output` : (i) => cols.dir[i] === d;
    }
    case 'proto': {
      const byName = Object.entries(PROTO_NAMES).find(([, n]) => n === value)?.[0];
      const n = byName !== undefined ? Number(byName) : parseNumber(value);
      return n === null ? `proto:${value}: unknown protocol` : (i) => cols.proto[i] === n;
    }
    case 'sport':
      return num(cols.sport);
    case 'dport':
      return num(cols.dport);
    case 'port': {
      const n = parseNumber(value);
      return n === null ? `port:${value}: not a number` : (i) => cols.sport[i] === n || cols.dport[i] === n;
    }
    case 'mark':
      return num(cols.mark);
    case 'rule':
      if (value === 'none') return (i) => cols.rule[i] === RULE_NONE;
      if (value === 'skipped') return (i) => cols.rule[i] === RULE_SKIPPED;
      return num(cols.rule);
    default:
      return `unknown field "${field}": use if, dir, src, dst, addr, proto, sport, dport, port, mark, rule, table, verdict, query, markedby`;
  }
}
