/**
 * Rules into commands, every one with its explicit priority, in dump order (fib_nl_newrule puts a
 * rule after those of the same priority, so dump order is rebuilt). A default rule (0 local,
 * 32766 main, 32767 default; fib_default_rules_init) is kept when the input shows it first among
 * its priority, and deleted otherwise (it is then added back where the input has it).
 */
import { ruleAddArgs, type RuleItem } from './parse-rules';
import type { Replay } from './replay';
import { RuleAdder } from './rule-adder';
import type { Located } from './types';

/** The rules a fresh namespace starts with, per family. */
export const DEFAULT_RULES: Record<4 | 6, readonly RuleItem[]> = {
  4: [
    { pref: 0, body: 'from all lookup local' },
    { pref: 32766, body: 'from all lookup main' },
    { pref: 32767, body: 'from all lookup default' },
  ],
  6: [
    { pref: 0, body: 'from all lookup local' },
    { pref: 32766, body: 'from all lookup main' },
  ],
};

/** A rule body without the `proto kernel` that `ip -d rule show` adds to the default rules. */
function plainBody(body: string): string {
  return body.replace(/ proto kernel$/, '');
}

/** Emits the deletions and additions that turn the replayed rules of `family` into `rules`. */
export function buildRules(rules: Located<RuleItem>[], family: 4 | 6, replay: Replay): void {
  const ip = family === 6 ? 'ip -6' : 'ip';
  const kept = new Set<Located<RuleItem>>();
  for (const d of DEFAULT_RULES[family]) {
    const first = rules.find((r) => r.value.pref === d.pref);
    if (first && plainBody(first.value.body) === d.body) kept.add(first);
    else replay.emit(`${ip} rule del pref ${d.pref} ${d.body.replace(/^from all /, '')}`);
  }
  const adder = new RuleAdder(replay.session, family);
  for (const r of rules) {
    if (kept.has(r)) continue;
    const args = ruleAddArgs(r.value);
    const cmd = `${ip} rule add ${args}`;
    const res = adder.add(args);
    if (res === null) replay.emit(cmd, r.loc);
    else if (res.ok) replay.lines.push(cmd);
    else replay.refused(cmd, res.status, res.stderr, r.loc);
  }
}
