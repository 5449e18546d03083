/**
 * The check after the build: the replayed machine's dumps against the input's, so that whatever
 * the script does not rebuild exactly (a route of a missing device, an order the commands cannot
 * give) is a located warning, never a silent difference.
 */
import { routeLines, ruleLines, type RouteScope } from './dump-lines';
import type { RouteItem } from './parse-routes';
import type { RuleItem } from './parse-rules';
import { locKey, type Replay } from './replay';
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
    if (!replay.failed.has(locKey(w.loc))) warnings.add(w.loc, `${what} not rebuilt as shown: ${w.value}`);
  }
  const extra = [...left].flatMap(([l, n]) => Array<string>(n).fill(l));
  for (const e of extra.slice(0, 20))
    warnings.add(blockLoc, `the rebuilt machine also has this ${what}: ${e}`);
  if (extra.length > 20) warnings.add(blockLoc, `... and ${extra.length - 20} more ${what}s`);
  if (missing === 0 && extra.length === 0) {
    const i = want.findIndex((w, k) => w.value !== got[k]);
    if (i >= 0)
      warnings.add(want[i].loc, `${what} order differs from the input from here on (rebuilt: ${got[i]})`);
  }
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

/** Checks the routes of `family` on the replayed machine against `routes`. */
export function verifyRoutes(
  routes: Located<RouteItem>[],
  family: 4 | 6,
  scope: RouteScope,
  blockLoc: SourceLoc,
  replay: Replay,
  warnings: Warnings,
): void {
  const got = routeLines(replay, family, scope);
  const want = routes.map((r) => ({ value: r.value.text, loc: r.loc }));
  compareLines(want, got, family === 6 ? 'IPv6 route' : 'route', blockLoc, replay, warnings);
}
