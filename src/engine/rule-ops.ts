import { EAFNOSUPPORT, EEXIST, EINVAL, ENOENT, fail, ok, type KResult } from './errors';
import type { Host } from './host';
import { AF_INET, AF_INET6, type Family } from './ip';
import { FR_ACT, TABLE, type Rule } from './model';
import { FIB_RULE, NLM_F, type RuleMessage } from './netlink';
import { configureRule, nl2rule, ruleFamily } from './rule-config';
import { boundIfindex } from './rule-match';
import { gotoTargetIndex } from './rules-lookup';
import { invalidateRuleScanner } from './rule-compile';

/** fib_default_rule_pref: the second rule's priority minus one, else 0. */
export function defaultRulePref(rules: readonly Rule[]): number {
  const second = rules[1];
  return second && second.pref ? second.pref - 1 : 0;
}

function samePorts(a: Rule['sport'], b: Rule['sport']): boolean {
  return (a?.start ?? 0) === (b?.start ?? 0) && (a?.end ?? 0) === (b?.end ?? 0);
}

/** ops->compare (fib4_rule_compare / fib6_rule_compare): only what the message gives. */
function familyCompare(r: Rule, msg: RuleMessage): boolean {
  const a = msg.attrs;
  if (msg.srcLen && r.src?.len !== msg.srcLen) return false;
  if (msg.dstLen && r.dst?.len !== msg.dstLen) return false;
  if (msg.tos && (r.dscpFull || r.tos !== msg.tos)) return false;
  if (a.dscp !== undefined && (!r.dscpFull || r.dscpFull.value !== (a.dscp & 0x3f))) return false;
  if (a.dscpMask !== undefined && (!r.dscpFull || r.dscpFull.mask !== (a.dscpMask & 0x3f))) return false;
  if (r.family === 4 && a.flow !== undefined && r.realms !== a.flow >>> 0) return false;
  if (r.family === 6 && a.flowlabel !== undefined && (r.flowlabel?.value ?? 0) !== a.flowlabel) return false;
  if (r.family === 6 && a.flowlabelMask !== undefined && (r.flowlabel?.mask ?? 0) !== a.flowlabelMask) return false;
  if (msg.srcLen && r.src?.addr !== a.src) return false;
  if (msg.dstLen && r.dst?.addr !== a.dst) return false;
  return true;
}

/** rule_exists: an identical rule (every generic field equal, then ops->compare). */
function ruleExists(rules: readonly Rule[], rule: Rule, msg: RuleMessage): boolean {
  return rules.some(
    (r) =>
      r.action === rule.action &&
      r.table === rule.table &&
      r.pref === rule.pref &&
      (r.iifname ?? '') === (rule.iifname ?? '') &&
      (r.oifname ?? '') === (rule.oifname ?? '') &&
      r.mark === rule.mark &&
      r.suppressIfgroup === rule.suppressIfgroup &&
      r.suppressPrefixlen === rule.suppressPrefixlen &&
      r.markMask === rule.markMask &&
      (r.tunId ?? 0n) === (rule.tunId ?? 0n) &&
      r.l3mdev === rule.l3mdev &&
      (r.uidRange?.start ?? 0) === (rule.uidRange?.start ?? 0) &&
      (r.uidRange?.end ?? 0xffffffff) === (rule.uidRange?.end ?? 0xffffffff) &&
      r.ipproto === rule.ipproto &&
      r.protocol === rule.protocol &&
      samePorts(r.sport, rule.sport) &&
      (r.sportMask ?? 0) === (rule.sportMask ?? 0) &&
      samePorts(r.dport, rule.dport) &&
      (r.dportMask ?? 0) === (rule.dportMask ?? 0) &&
      familyCompare(r, msg),
  );
}

/** rule_find: the first rule equal on every field the request sets. */
function ruleFind(rules: readonly Rule[], rule: Rule, msg: RuleMessage, userPriority: boolean): number {
  return rules.findIndex(
    (r) =>
      !(rule.action && r.action !== rule.action) &&
      !(rule.table && r.table !== rule.table) &&
      !(userPriority && r.pref !== rule.pref) &&
      !(rule.iifname && r.iifname !== rule.iifname) &&
      !(rule.oifname && r.oifname !== rule.oifname) &&
      !(rule.mark && r.mark !== rule.mark) &&
      !(rule.suppressIfgroup !== -1 && r.suppressIfgroup !== rule.suppressIfgroup) &&
      !(rule.suppressPrefixlen !== -1 && r.suppressPrefixlen !== rule.suppressPrefixlen) &&
      !(rule.markMask && r.markMask !== rule.markMask) &&
      !(rule.tunId && r.tunId !== rule.tunId) &&
      !(rule.l3mdev && r.l3mdev !== rule.l3mdev) &&
      !(rule.uidRange && (r.uidRange?.start !== rule.uidRange.start || r.uidRange?.end !== rule.uidRange.end)) &&
      !(rule.ipproto && r.ipproto !== rule.ipproto) &&
      !(rule.protocol && r.protocol !== rule.protocol) &&
      !(rule.sport && !samePorts(r.sport, rule.sport)) &&
      !(rule.sportMask && rule.sportMask !== 0xffff && r.sportMask !== rule.sportMask) &&
      !(rule.dport && !samePorts(r.dport, rule.dport)) &&
      !(rule.dportMask && rule.dportMask !== 0xffff && r.dportMask !== rule.dportMask) &&
      familyCompare(r, msg),
  );
}

/** Parses the message and applies fib_nl2rule_rtnl (default pref, backward goto). */
function parseRequest(host: Host, msg: RuleMessage): KResult<{ rule: Rule; userPriority: boolean; family: Family }> {
  const family = ruleFamily(msg.family);
  if (!family) return fail(EAFNOSUPPORT, 'Rule family not supported');
  const parsed = nl2rule(msg, family);
  if (!parsed.ok) return parsed;
  const { rule, userPriority } = parsed.value;
  if (!userPriority) rule.pref = defaultRulePref(host.rules[family]);
  // Backward jumps are prohibited to avoid endless loops.
  if (rule.gotoTarget !== undefined && rule.gotoTarget <= rule.pref) return fail(EINVAL, 'Backward goto not supported');
  return ok({ rule, userPriority, family });
}

/** RTM_NEWRULE (fib_newrule): validates and inserts a rule; `nlflags` are NLM_F_* bits. */
export function ruleNew(host: Host, msg: RuleMessage, nlflags: number): KResult {
  const req = parseRequest(host, msg);
  if (!req.ok) return req;
  const { rule, family } = req.value;
  const rules = host.rules[family];
  if (nlflags & NLM_F.EXCL && ruleExists(rules, rule, msg)) return fail(EEXIST);
  const conf = configureRule(host, rule, msg);
  if (!conf.ok) return conf;
  rule.seq = host.nextSeq();
  // A new rule goes after the last rule whose priority is <= its own.
  let at = 0;
  while (at < rules.length && rules[at].pref <= rule.pref) at++;
  rules.splice(at, 0, rule);
  invalidateRuleScanner(rules);
  return ok(undefined);
}

/** RTM_DELRULE (fib_delrule): deletes the first rule matching every attribute given. */
export function ruleDel(host: Host, msg: RuleMessage): KResult {
  const req = parseRequest(host, msg);
  if (!req.ok) return req;
  const { rule, userPriority, family } = req.value;
  // Addresses and tos take part through ops->compare on the message; `not` is never compared.
  const rules = host.rules[family];
  const i = ruleFind(rules, rule, msg, userPriority);
  if (i < 0) return fail(ENOENT);
  rules.splice(i, 1);
  invalidateRuleScanner(rules);
  // fib4_rule_delete: deleting any IPv4 rule also splits local from main for good.
  if (family === 4) host.customRules4 = true;
  return ok(undefined);
}

/** fib_nl_fill_rule: a rule as the kernel dumps it. */
export function ruleToMessage(host: Host, rules: readonly Rule[], r: Rule): RuleMessage {
  let flags = r.invert ? FIB_RULE.INVERT : 0;
  if (r.action === FR_ACT.GOTO && gotoTargetIndex(rules, r.gotoTarget ?? -1) < 0) flags |= FIB_RULE.UNRESOLVED;
  if (r.iifname !== undefined && boundIfindex(host, r.iifname) === -1) flags |= FIB_RULE.IIF_DETACHED;
  if (r.oifname !== undefined && boundIfindex(host, r.oifname) === -1) flags |= FIB_RULE.OIF_DETACHED;
  const attrs: RuleMessage['attrs'] = { table: r.table, suppressPrefixlen: r.suppressPrefixlen >>> 0, protocol: r.protocol };
  if (r.iifname !== undefined) attrs.iifname = r.iifname;
  if (r.oifname !== undefined) attrs.oifname = r.oifname;
  if (r.pref) attrs.priority = r.pref;
  if (r.mark) attrs.fwmark = r.mark;
  if (r.markMask || r.mark) attrs.fwmask = r.markMask;
  if (r.gotoTarget) attrs.goto = r.gotoTarget;
  if (r.tunId) attrs.tunId = r.tunId;
  if (r.l3mdev) attrs.l3mdev = 1;
  if (r.uidRange) attrs.uidRange = { ...r.uidRange };
  if (r.sport) attrs.sportRange = { ...r.sport };
  if (r.sportMask) attrs.sportMask = r.sportMask;
  if (r.dport) attrs.dportRange = { ...r.dport };
  if (r.dportMask) attrs.dportMask = r.dportMask;
  if (r.ipproto) attrs.ipProto = r.ipproto;
  if (r.suppressIfgroup !== -1) attrs.suppressIfgroup = r.suppressIfgroup >>> 0;
  if (r.dscpFull) {
    attrs.dscp = r.dscpFull.value;
    attrs.dscpMask = r.dscpFull.mask;
  }
  if (r.flowlabel) {
    attrs.flowlabel = r.flowlabel.value;
    attrs.flowlabelMask = r.flowlabel.mask;
  }
  if (r.dst) attrs.dst = r.dst.addr;
  if (r.src) attrs.src = r.src.addr;
  if (r.family === 4 && r.realms) attrs.flow = r.realms;
  return {
    family: r.family === 4 ? AF_INET : AF_INET6,
    dstLen: r.dst?.len ?? 0,
    srcLen: r.src?.len ?? 0,
    tos: r.dscpFull ? 0 : r.tos,
    table: r.table < 256 ? r.table : TABLE.COMPAT,
    action: r.action,
    flags,
    attrs,
  };
}

/** RTM_GETRULE dump (fib_nl_dumprule): every rule of `family` (AF_INET/AF_INET6, 0 = both). */
export function ruleDump(host: Host, family: number): RuleMessage[] {
  const fams: Family[] = family === AF_INET ? [4] : family === AF_INET6 ? [6] : [4, 6];
  return fams.flatMap((f) => host.rules[f].map((r) => ruleToMessage(host, host.rules[f], r)));
}
