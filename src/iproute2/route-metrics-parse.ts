/**
 * The RTA_METRICS keywords of iproute_modify() (ip/iproute.c 6.1): mtu, hoplimit, advmss,
 * reordering, rtt, rto_min, window, cwnd, initcwnd, initrwnd, features, quickack, congctl,
 * rttvar, ssthresh, fastopen_no_cookie, each with iproute2's `lock` handling, units
 * (get_time_rtt) and error texts. Values are the wire values (rtt in 1/8 ms, rttvar in 1/4 ms
 * when a unit was written, as iproute2 sends them).
 */
import type { RouteAttrs } from '../engine/netlink';
import type { ArgCursor } from './args';
import type { RouteCmdContext } from './route-context';
import { strtoul, ULONG_MAX } from './strtoul';
import { getUnsigned, invarg, matches } from './utils';

/** One metric as RouteAttrs carries it. */
type Metric = NonNullable<RouteAttrs['metrics']>[number];

/** get_time_rtt() (lib/utils.c): a time in ms (`N`, `Ns`, `Nms`, decimals allowed); raw = no unit. */
export function getTimeRtt(arg: string): { val: number; raw: boolean } | null {
  let t: number;
  let end: number;
  if (arg.includes('.')) {
    const m = /^[ \t\n\v\f\r]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(arg);
    if (!m) return null;
    t = Number(m[0].trim());
    if (t < 0) return null;
    end = m[0].length;
  } else {
    if (arg === '') return null;
    const r = strtoul(arg, 0);
    if (r.end === 0) return null;
    if (r.value === ULONG_MAX && r.erange) return null;
    t = Number(r.value);
    end = r.end;
  }
  let raw = true;
  const unit = arg.slice(end).toLowerCase();
  if (unit !== '') {
    raw = false;
    if (unit === 's' || unit === 'sec' || unit === 'secs') t *= 1000;
    else if (unit !== 'ms' && unit !== 'msec' && unit !== 'msecs') return null;
  }
  // *val = t: double to unsigned int.
  return { val: Number(BigInt.asUintN(32, BigInt(Math.trunc(t)))), raw };
}

/** `lock` before a value: sets the lock bit and moves on (NEXT_ARG). */
function readLock(a: ArgCursor): boolean {
  if (a.word !== 'lock') return false;
  a.next();
  return true;
}

/** A plain unsigned metric: [lock] N, error `"<what>" value is invalid`. */
function plain(ctx: RouteCmdContext, a: ArgCursor, name: string, what: string, max = 0xffffffff): Metric {
  a.next();
  const locked = readLock(a);
  const v = getUnsigned(a.word);
  if (v === null || v > max) invarg(ctx.out, `"${what}" value is invalid\n`, a.word);
  return { name, value: v, locked };
}

/** rtt / rttvar: [lock] TIME, multiplied by 8 / 4 when a unit was written. */
function time(ctx: RouteCmdContext, a: ArgCursor, name: string, factor: number): Metric {
  a.next();
  const locked = readLock(a);
  const t = getTimeRtt(a.word);
  if (t === null) invarg(ctx.out, `"${name}" value is invalid\n`, a.word);
  return { name, value: t.raw ? t.val : (t.val * factor) >>> 0, locked };
}

/** 0-or-1 metrics (quickack, fastopen_no_cookie). */
function bool(ctx: RouteCmdContext, a: ArgCursor, name: string): Metric {
  a.next();
  const v = getUnsigned(a.word);
  if (v === null) invarg(ctx.out, `"${name}" value is invalid\n`, a.word);
  if (v !== 1 && v !== 0) invarg(ctx.out, `"${name}" value should be 0 or 1\n`, a.word);
  return { name, value: v, locked: false };
}

/**
 * Tries the metric keywords at the cursor in iproute_modify's order (so abbreviations resolve as
 * in C: `r` = reordering, `w` = window, `s` = ssthresh...) and adds the metric to `list`. Returns
 * false when the word is not a metric keyword. Must be called where iproute.c tests them: after
 * `scope` and before `realms` (fastopen_no_cookie, tested last, has its own function).
 */
export function parseMetricKeyword(ctx: RouteCmdContext, a: ArgCursor, list: Metric[]): boolean {
  const m = metricAt(ctx, a);
  if (m) addMetric(list, m);
  return m !== null;
}

/** The metric keyword at the cursor, read; null when the word is none of them. */
function metricAt(ctx: RouteCmdContext, a: ArgCursor): Metric | null {
  const w = a.word;
  if (w === 'mtu') return plain(ctx, a, 'mtu', 'mtu');
  if (w === 'hoplimit') return plain(ctx, a, 'hoplimit', 'hoplimit', 255);
  if (w === 'advmss') return plain(ctx, a, 'advmss', 'mss');
  if (matches(w, 'reordering')) return plain(ctx, a, 'reordering', 'reordering');
  if (w === 'rtt') return time(ctx, a, 'rtt', 8);
  if (w === 'rto_min') {
    a.next();
    // rto_min is always locked; `lock` is not accepted here.
    const t = getTimeRtt(a.word);
    if (t === null) invarg(ctx.out, '"rto_min" value is invalid\n', a.word);
    return { name: 'rto_min', value: t.val, locked: true };
  }
  if (matches(w, 'window')) return plain(ctx, a, 'window', 'window');
  if (matches(w, 'cwnd')) return plain(ctx, a, 'cwnd', 'cwnd');
  if (matches(w, 'initcwnd')) return plain(ctx, a, 'initcwnd', 'initcwnd');
  if (matches(w, 'initrwnd')) return plain(ctx, a, 'initrwnd', 'initrwnd');
  if (matches(w, 'features')) {
    a.next();
    if (a.word !== 'ecn') invarg(ctx.out, '"features" value not valid\n', a.word);
    return { name: 'features', value: 1, locked: false };
  }
  if (matches(w, 'quickack')) return bool(ctx, a, 'quickack');
  if (matches(w, 'congctl')) {
    a.next();
    const locked = readLock(a);
    return { name: 'congctl', value: a.word, locked };
  }
  if (matches(w, 'rttvar')) return time(ctx, a, 'rttvar', 4);
  if (matches(w, 'ssthresh')) return plain(ctx, a, 'ssthresh', 'ssthresh');
  return null;
}

/** The fastopen_no_cookie keyword (tested last in iproute_modify's chain); false if not it. */
export function parseFastopenNoCookie(ctx: RouteCmdContext, a: ArgCursor, list: Metric[]): boolean {
  if (!matches(a.word, 'fastopen_no_cookie')) return false;
  addMetric(list, bool(ctx, a, 'fastopen_no_cookie'));
  return true;
}

/**
 * rta_addattr32 into the metrics buffer: iproute2 appends every occurrence; the kernel keeps the
 * last value of each RTAX (fib_convert_metrics), so a repeated keyword replaces the earlier one.
 */
export function addMetric(list: Metric[], m: Metric): void {
  const i = list.findIndex((x) => x.name === m.name);
  const lockedBefore = i >= 0 && list[i].locked;
  // mxlock is an OR of all lock bits seen for this metric.
  const merged = { ...m, locked: m.locked || lockedBefore };
  if (i >= 0) list.splice(i, 1);
  list.push(merged);
}
