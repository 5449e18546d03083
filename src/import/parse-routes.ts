/**
 * `ip route show table all` and `ip -6 route show table all` (text and `-j` JSON) into routes: the
 * one-line text print_route writes (a multipath route's `nexthop` lines joined to it), its family
 * and its place in the input.
 */
import { isJsonBlock, parseJsonObjects, word } from './json-block';
import type { Block, Located, SourceLoc } from './types';
import { at, type Warnings } from './warnings';

/** A route as `ip route show` prints it, on one line, and its family. */
export interface RouteItem {
  family: 4 | 6;
  text: string;
}

const ROUTE_TYPE = /^(unicast|local|broadcast|multicast|unreachable|blackhole|prohibit|throw|nat|anycast)$/;

/** The family of a shown route line: IPv6 routes carry `pref` and IPv6 addresses. */
export function routeFamily(text: string): 4 | 6 {
  // The first or (after a type) second space-separated word, as text.split(' ') gives them.
  const sp = text.indexOf(' ');
  const c = text.charCodeAt(0);
  // A first word starting with a digit is the destination (no type word does): read in place.
  if (c >= 48 && c <= 57) {
    const colon = text.indexOf(':');
    return colon >= 0 && (sp < 0 || colon < sp) ? 6 : 4;
  }
  const first = sp < 0 ? text : text.slice(0, sp);
  let dst: string | undefined = first;
  if (ROUTE_TYPE.test(first)) {
    const end = sp < 0 ? -1 : text.indexOf(' ', sp + 1);
    dst = sp < 0 ? undefined : text.slice(sp + 1, end < 0 ? text.length : end);
  }
  if (dst !== undefined && dst !== 'default') return dst.includes(':') ? 6 : 4;
  return / pref (low|medium|high)$/.test(text) || / via (inet6 )?[0-9a-fA-F]*:/.test(text) ? 6 : 4;
}

/** One-line normal form of shown route text (white space collapsed). */
export function normalRoute(text: string): string {
  // Dump lines are single-spaced with one trailing space: the common case needs no regex.
  const t = text.endsWith(' ') ? text.slice(0, -1) : text;
  if (!/\s\s|\t|^\s|\s$/.test(t)) return t;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A shown route and its place, as one object (a million-route dump keeps a million of them):
 * `value` is the route itself, `loc` is made when asked for.
 */
class ShownRoute implements Located<RouteItem>, RouteItem {
  readonly family: 4 | 6;
  text: string;
  private readonly file: string;
  private readonly line: number;
  private readonly column: number;

  constructor(text: string, file: string, line: number, column = 1) {
    this.family = routeFamily(text);
    this.text = text;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  get value(): RouteItem {
    return this;
  }

  get loc(): SourceLoc {
    return at(this.file, this.line, this.column);
  }
}

/** The routes of a route dump block, in dump order. */
export function parseRoutes(b: Block, warnings: Warnings): Located<RouteItem>[] {
  if (isJsonBlock(b)) return parseJsonRoutes(b, warnings);
  const out: ShownRoute[] = [];
  const lines = b.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const n = b.firstLine + i;
    // Most lines start with a printable ASCII character other than `#`: neither blank, a
    // comment, a continuation nor `cache`, which the tests below would each find out more slowly.
    const c = line.charCodeAt(0);
    if (!(c > 32 && c < 127 && c !== 35 && c !== 99)) {
      if (line.trim() === '' || /^\s*#/.test(line)) continue;
      if (/^\s/.test(line)) {
        const last = out[out.length - 1];
        // The family stays the first line's (an IPv4 route may have IPv6 nexthops).
        if (last && /^\s*nexthop\b/.test(line)) last.text = normalRoute(`${last.text} ${line}`);
        else
          warnings.add(
            at(b.file, n, line.search(/\S/) + 1),
            `line continues no route: ${JSON.stringify(line.trim().slice(0, 60))}`,
          );
        continue;
      }
      if (/^cache\b/.test(line)) continue;
    }
    out.push(new ShownRoute(normalRoute(line), b.file, n));
  }
  return out;
}

function nexthopWords(nh: Record<string, unknown>, unknown: string[]): string {
  const w = ['nexthop'];
  for (const [k, v] of Object.entries(nh)) {
    if (k === 'gateway') w.push('via', word(v));
    else if (k === 'via' && v && typeof v === 'object')
      w.push('via', word((v as Record<string, unknown>).family), word((v as Record<string, unknown>).host));
    else if (k === 'dev' || k === 'weight' || k === 'realms') w.push(k, word(v));
    else if (k === 'flags' && Array.isArray(v)) w.push(...v.map(word));
    else unknown.push(`nexthops.${k}`);
  }
  return w.join(' ');
}

/** print_route's JSON keys, in the order it prints them, as the text words they stand for. */
function routeWords(o: Record<string, unknown>, unknown: string[]): string {
  const w: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    switch (k) {
      case 'type':
        w.push(word(v));
        break;
      case 'dst':
        w.push(word(v));
        break;
      case 'gateway':
        w.push('via', word(v));
        break;
      case 'via':
        if (v && typeof v === 'object')
          w.push(
            'via',
            word((v as Record<string, unknown>).family),
            word((v as Record<string, unknown>).host),
          );
        break;
      case 'prefsrc':
        w.push('src', word(v));
        break;
      case 'protocol':
        w.push('proto', word(v));
        break;
      case 'tos':
      case 'dev':
      case 'table':
      case 'scope':
      case 'metric':
      case 'pref':
      case 'nhid':
      case 'realms':
      case 'src':
      case 'from':
        w.push(k === 'from' ? 'from' : k, word(v));
        break;
      case 'flags':
        if (Array.isArray(v)) w.push(...v.map(word));
        break;
      case 'expires':
        w.push('expires', `${word(v)}sec`);
        break;
      case 'metrics':
        for (const m of Array.isArray(v) ? v : [v])
          if (m && typeof m === 'object')
            for (const [mk, mv] of Object.entries(m as Record<string, unknown>)) w.push(mk, word(mv));
        break;
      case 'nexthops':
        if (Array.isArray(v))
          for (const nh of v)
            if (nh && typeof nh === 'object') w.push(nexthopWords(nh as Record<string, unknown>, unknown));
        break;
      default:
        unknown.push(k);
    }
  }
  return w.join(' ');
}

function parseJsonRoutes(b: Block, warnings: Warnings): Located<RouteItem>[] {
  const out: Located<RouteItem>[] = [];
  for (const { o, loc } of parseJsonObjects(b, warnings)) {
    if (typeof o.dst !== 'string') {
      warnings.add(loc, `JSON route without a "dst": ${JSON.stringify(o).slice(0, 80)}`);
      continue;
    }
    if (o.cache !== undefined || o.cached !== undefined) continue;
    const unknown: string[] = [];
    const text = normalRoute(routeWords(o, unknown));
    if (unknown.length)
      warnings.add(loc, `route ${o.dst}: unknown JSON field(s) ${unknown.join(', ')} not rebuilt`);
    out.push(new ShownRoute(text, loc.file, loc.line, loc.column));
  }
  return out;
}

const KERNEL_ONLY =
  / (linkdown|dead|offload|trap|rt_offload|rt_trap|rt_offload_failed|pervasive|notify|expires|error)\b|\s\s|\t/;

/** A shown route as `ip route add` arguments: the flags and timers only the kernel sets are dropped. */
export function routeAddArgs(text: string): string {
  if (!KERNEL_ONLY.test(text)) return text;
  return text
    .replace(/ (linkdown|dead|offload|trap|rt_offload|rt_trap|rt_offload_failed|pervasive|notify)\b/g, '')
    .replace(/ expires -?\d+sec/g, '')
    .replace(/ error -?\d+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
