/**
 * The `iptables` and `ip6tables` programs of the simulated shell: run against the session's
 * netfilter state, which the first successful command creates (a session without one has no rules).
 */
import type { CommandOutput, Session } from '../iproute2/context';
import { createNetfilter, iptablesMain } from '../netfilter/index';

/** Runs `iptables ARGV` (family 4) or `ip6tables ARGV` (family 6) in `session`. */
export function runIptables(session: Session, family: 4 | 6, argv: string[], out: CommandOutput): void {
  const nf = session.netfilter ?? createNetfilter();
  iptablesMain(nf, family, argv, out);
  if (out.status === 0 && !session.netfilter) session.netfilter = nf;
}
