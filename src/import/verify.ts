/**
 * The check after the build: the replayed machine's dumps against the input's, so that whatever
 * the script does not rebuild exactly (a route of a missing device, an order the commands cannot
 * give) is a located warning, never a silent difference.
 */
import { routeLines, ruleLines, type RouteScope } from './dump-lines';
import type { RouteItem } from './parse-routes';
import type { RuleItem } from './parse-rules';
import { LineMultiset } from './line-multiset';
import { locKey, type Replay } from './replay';
import { streamRouteLines } from './route-dump-stream';
import type { Located, SourceLoc } from './types';
import type { Warnings } from './warnings';

/** Reports the input lines missing from `got`, the extra lines of `got`, and order differences. */
function compareLines(
  want: Located<string>[],
  got: string[],
  what: string,
  blockLoc: SourceLoc,
  replay: Replay,
  warnings: Warnings,
): void {
  const left = new Map<string, number>();
  for (const g of got) left.set(g, (left.get(g) ?? 0) + 1);
  let missing = 0;
  for (const w of want) {
    const n = left.get(w.value) ?? 0;
    if (n > 0) {
      left.set(w.value, n - 1);
      continue;
    }
    missing++;
    warnMissing(w, what, replay, warnings);
  }
  const extra: string[] = [];
  for (const [l, n] of left) for (let k = 0; k < n; k++) extra.push(l);
  for (const e of extra.slice(0, 20))
    warnings.add(blockLoc, `the rebuilt machine also has this ${what}: ${e}`);
  if (extra.length > 20) warnings.add(blockLoc, `... and ${extra.length - 20} more ${what}s`);
  if (missing === 0 && extra.length === 0) {
    const i = want.findIndex((w, k) => w.value !== got[k]);
    if (i >= 0)
      warnings.add(want[i].loc, `${what} order differs from the input from here on (rebuilt: ${got[i]})`);
  }
}

/** The warning for an input line the rebuilt machine lacks (unless its command already failed). */
function warnMissing(w: Located<string>, what: string, replay: Replay, warnings: Warnings): void {
  if (!replay.failed.has(locKey(w.loc))) warnings.add(w.loc, `${what} not rebuilt as shown: ${w.value}`);
}

/** Checks the rules of `family` on the replayed machine against `rules`. */
export function verifyRules(
  rules: Located<RuleItem>[],
  family: 4 | 6,
  replay: Replay,
  warnings: Warnings,
): void {
  if (rules.length === 0) return;
  const details = rules.some((r) => / proto \S+/.test(r.value.body));
  const got = ruleLines(replay, family, details).map((r) => `${r.pref}: ${r.body}`);
  const want = rules.map((r) => ({ value: `${r.value.pref}: ${r.value.body}`, loc: r.loc }));
  compareLines(want, got, family === 6 ? 'IPv6 rule' : 'rule', rules[0].loc, replay, warnings);
}

/**
 * Checks the routes of `family` on the replayed machine against `routes`, as compareLines would
 * with the whole dump, while the dump is printed: the lines equal to the input's, in order, are
 * dropped at once; from the first difference on, each printed line takes one from the counts of
 * the input's remaining lines. A printed line the input lacks (rare) makes it compare again with
 * the whole dump, so that the extra lines are listed in compareLines' order.
 */
export function verifyRoutes(
  routes: Located<RouteItem>[],
  family: 4 | 6,
  scope: RouteScope,
  blockLoc: SourceLoc,
  replay: Replay,
  warnings: Warnings,
): void {
  const what = family === 6 ? 'IPv6 route' : 'route';
  // The texts side by side: a million-route comparison is bound by memory reads.
  const texts = routes.map((r) => r.value.text);
  const text = (k: number) => texts[k];
  let same = 0;
  let firstDiff = '';
  let left: LineMultiset | undefined;
  let extra = false;
  streamRouteLines(replay.session, family, scope, (line) => {
    if (extra) return;
    if (left === undefined) {
      if (same < routes.length && text(same) === line) {
        same++;
        return;
      }
      firstDiff = line;
      left = new LineMultiset(text, same, routes.length);
    }
    if (!left.take(line)) extra = true;
  });
  const want = (r: Located<RouteItem>) => ({ value: r.value.text, loc: r.loc });
  if (extra) {
    compareLines(routes.map(want), routeLines(replay, family, scope), what, blockLoc, replay, warnings);
    return;
  }
  // Each input line keeps its copy when the dump has as many: the last copies are the missing ones.
  const missing: number[] = [];
  if (left === undefined) for (let k = same; k < routes.length; k++) missing.push(k);
  else {
    for (let k = routes.length - 1; k >= same; k--) if (left.take(text(k))) missing.push(k);
    missing.reverse();
  }
  for (const k of missing) warnMissing(want(routes[k]), what, replay, warnings);
  if (missing.length === 0 && left !== undefined)
    warnings.add(
      routes[same].loc,
      `${what} order differs from the input from here on (rebuilt: ${firstDiff})`,
    );
}
