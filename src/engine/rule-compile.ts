import type { Flow } from './flow';
import type { Host } from './host';
import type { Rule } from './model';
import { selectorsMatchFast } from './rule-match';

/** Finds the first rule at or after `start` whose selectors (with `not`) match the flow, or -1. */
export type RuleScanner = (flow: Flow, start: number) => number;

const cache = new WeakMap<Rule[], RuleScanner>();
/** The list asked for last and its scanner: every lookup asks, a WeakMap probe costs ~20 ns. */
let lastRules: Rule[] | null = null;
let lastScan: RuleScanner | null = null;

/** Forgets the compiled scanner of a rule list (call after every change to the list). */
export function invalidateRuleScanner(rules: Rule[]): void {
  cache.delete(rules);
  if (lastRules === rules) lastRules = lastScan = null;
}

/**
 * The flow's selector fields, read once per scan into locals (f_iif, ...) that the rules' tests
 * compare: the compiled code then tests each rule on registers instead of reloading the flow.
 */
const FLOW_LOCALS = ['iif', 'oif', 'mark', 'l3mdev', 'uid', 'saddr', 'daddr', 'tos', 'proto'].map((k) => `const f_${k} = f.${k};`).join(' ');

/** A JavaScript expression testing one rule's selectors, or null when it needs the interpreter. */
function ruleExpr(rule: Rule, i: number): string | null {
  const t: string[] = [];
  if (rule.iifname !== undefined) t.push(`(h.ifindexByName(N[${i}].iifname) ?? -1) === f_iif && f_iif !== -1`);
  if (rule.oifname !== undefined) t.push(`(h.ifindexByName(N[${i}].oifname) ?? -1) === f_oif && f_oif !== -1`);
  if (rule.mark || rule.markMask) t.push(`((${rule.mark | 0} ^ f_mark) & ${rule.markMask | 0}) === 0`);
  if (rule.tunId) t.push('false');
  if (rule.l3mdev) t.push('f_l3mdev !== 0');
  if (rule.uidRange) t.push(`f_uid >= ${rule.uidRange.start} && f_uid <= ${rule.uidRange.end}`);
  if (rule.src || rule.dst || rule.dscpFull || rule.tos || rule.flowlabel || rule.sport || rule.dport || rule.ipproto) {
    if (rule.family === 6) return null; // bigint prefixes: leave IPv6 to the interpreter
    if (rule.src && rule.src.len) {
      const m = (0xffffffff << (32 - rule.src.len)) | 0;
      t.push(`((f_saddr ^ ${(rule.src.addr as number) | 0}) & ${m}) === 0`);
    }
    if (rule.dst && rule.dst.len) {
      const m = (0xffffffff << (32 - rule.dst.len)) | 0;
      t.push(`((f_daddr ^ ${(rule.dst.addr as number) | 0}) & ${m}) === 0`);
    }
    if (rule.dscpFull) t.push(`((${rule.dscpFull.value} ^ (f_tos >> 2)) & ${rule.dscpFull.mask}) === 0`);
    else if (rule.tos) t.push(`(f_tos & 0x1c) === ${rule.tos}`);
    if (rule.flowlabel) return null;
    if (rule.ipproto) t.push(`f_proto === ${rule.ipproto}`);
    if (rule.sport || rule.dport) return null;
  }
  const all = t.length ? t.map((x) => `(${x})`).join(' && ') : 'true';
  return rule.invert ? `!(${all})` : all;
}

/**
 * A scanner for a rule list: IPv4 selectors compiled into one function with the rules' values
 * inlined (the interpreter walks ~10 ns a rule; this ~1 ns), rules it cannot compile handled by
 * selectorsMatchFast. Rebuilt whenever the list changes. Where code generation is not allowed
 * (a strict Content-Security-Policy), the interpreter is used throughout.
 */
export function ruleScanner(host: Host, rules: Rule[]): RuleScanner {
  if (rules === lastRules) return lastScan!;
  const hit = cache.get(rules);
  if (hit) {
    lastRules = rules;
    lastScan = hit;
    return hit;
  }
  let scan: RuleScanner;
  try {
    const cases = rules.map((r, i) => {
      const e = ruleExpr(r, i);
      const test = e ?? `(M(h, N[${i}], f) !== N[${i}].invert)`;
      return `case ${i}: if (${test}) return ${i};`;
    });
    const body = `return function scan(f, start) { ${FLOW_LOCALS} switch (start) { ${cases.join('\n')} } return -1; };`;
    const make = new Function('h', 'N', 'M', body) as (h: Host, n: Rule[], m: typeof selectorsMatchFast) => RuleScanner;
    const compiled = make(host, rules.slice(), selectorsMatchFast);
    scan = (f, start) => (start >= rules.length ? -1 : compiled(f, start));
  } catch {
    scan = (f, start) => {
      for (let i = start; i < rules.length; i++) if (selectorsMatchFast(host, rules[i], f) !== rules[i].invert) return i;
      return -1;
    };
  }
  cache.set(rules, scan);
  lastRules = rules;
  lastScan = scan;
  return scan;
}
