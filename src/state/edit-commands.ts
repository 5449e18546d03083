/**
 * The `ip` commands behind visual edits. Every edit of the app is a command appended to the
 * script (the script stays the single source of truth), so what the UI does is what a person
 * would type, and the kernel's validation and error text come from running it.
 */
import type { RuleView } from '../worker/view-types';

/** `ip [-6] rule del` for a shown rule: its printed selectors and action, and its priority. */
export function ruleDeleteCommand(rule: RuleView): string {
  return `${ip(rule.family)} rule del ${ruleArgs(rule.text)} pref ${rule.pref}`;
}

/** `ip [-6] rule add` re-creating a shown rule at priority `pref`. */
export function ruleAddCommand(rule: RuleView, pref: number): string {
  return `${ip(rule.family)} rule add ${ruleArgs(rule.text)} pref ${pref}`;
}

/** The rule's printed text as `ip rule add/del` arguments (flags the kernel adds dropped). */
export function ruleArgs(text: string): string {
  return (
    text
      .replace(/ \[(detached|unresolved)\]/g, '')
      .replace(/lookup \[l3mdev-table\]/, 'l3mdev')
      // A nat rule prints as `masquerade` and keeps no address: `nat 0.0.0.0` names it again.
      .replace(/ masquerade\b/, ' nat 0.0.0.0')
      .trim()
  );
}

/** `ip` or `ip -6`. */
export function ip(family: 4 | 6): string {
  return family === 6 ? 'ip -6' : 'ip';
}

/**
 * Commands that move `rules[from]` to position `to` of the list: delete it, and add it again with
 * a priority between its new neighbours. When no integer fits between them, null (the UI says so).
 */
export function reorderCommands(rules: readonly RuleView[], from: number, to: number): string[] | null {
  if (from === to || from < 0 || from >= rules.length || to < 0 || to >= rules.length) return [];
  const moving = rules[from];
  const rest = rules.filter((_, i) => i !== from);
  const before = rest[to - 1];
  const after = rest[to];
  const pref = prefBetween(before?.pref, after?.pref);
  if (pref === null) return null;
  return [ruleDeleteCommand(moving), ruleAddCommand(moving, pref)];
}

/**
 * A priority after `lo` and before `hi` (either may be missing): in the middle of the gap; `lo`
 * itself when they are adjacent (a re-added rule goes last among rules of equal priority, so it
 * lands after lo's); `lo + 1` at the end of the list; null when nothing fits.
 */
export function prefBetween(lo: number | undefined, hi: number | undefined): number | null {
  // Last place: right after the last rule, as a person would number it.
  if (hi === undefined) return lo === undefined ? 0 : lo < 0xffffffff ? lo + 1 : lo;
  const low = lo ?? -1;
  const high = hi;
  if (high - low >= 2) return Math.floor((low + high) / 2);
  if (lo !== undefined && hi > lo) return lo;
  return null;
}
