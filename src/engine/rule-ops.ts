import { EOPNOTSUPP, fail, type KResult } from './errors';
import type { Host } from './host';
import type { RuleMessage } from './netlink';

/** RTM_NEWRULE (fib_nl_newrule): validates and inserts a rule; `nlflags` are NLM_F_* bits. */
export function ruleNew(_host: Host, _msg: RuleMessage, _nlflags: number): KResult {
  return fail(EOPNOTSUPP);
}

/** RTM_DELRULE (fib_nl_delrule): deletes the first rule matching every attribute given. */
export function ruleDel(_host: Host, _msg: RuleMessage): KResult {
  return fail(EOPNOTSUPP);
}

/** RTM_GETRULE dump (fib_nl_dumprule): every rule of `family` (AF_INET/AF_INET6) as messages. */
export function ruleDump(_host: Host, _family: number): RuleMessage[] {
  return [];
}
