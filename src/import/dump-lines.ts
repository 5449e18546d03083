/** The replayed machine's rule and route dumps, as one line per object, for comparisons. */
import type { RuleItem } from './parse-rules';
import type { Replay } from './replay';
import { streamRouteLines, type RouteScope } from './route-dump-stream';

export type { RouteScope };

/** The routes of `family` as `ip route show [table all]` prints them, one line each. */
export function routeLines(replay: Replay, family: 4 | 6, scope: RouteScope): string[] {
  const out: string[] = [];
  streamRouteLines(replay.session, family, scope, (l) => out.push(l));
  return out;
}

/** The rules of `family` as `ip [-d] rule show` prints them. */
export function ruleLines(replay: Replay, family: 4 | 6, details: boolean): RuleItem[] {
  const text = replay.show(`ip -${family}${details ? ' -d' : ''} rule show`);
  const out: RuleItem[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d+):\s+(.*?)\s*$/.exec(line);
    if (m) out.push({ pref: Number(m[1]), body: m[2].replace(/\s+/g, ' ') });
  }
  return out;
}
