/** Netfilter trace events as sentences. */
import { hex } from './numbers';
import type { NfEvent } from './types';

/** One sentence for a netfilter event (rule, policy or connection-tracking NAT). */
export function explainNfEvent(e: NfEvent): string {
  if (e.kind === 'policy')
    return `${e.table} ${e.chain}: no rule decided, so the chain's policy ${e.policy} applies.`;
  if (e.kind === 'ct-nat') {
    const what = e.manip === 'src' ? 'source' : 'destination';
    if (e.reply)
      return `conntrack: a reply of a NATed connection; at ${e.hook} the ${what} is restored ${e.from} → ${e.to} (un-NAT, ${e.hook === 'POSTROUTING' || e.hook === 'INPUT' ? 'after' : 'before'} routing).`;
    return `conntrack: a later packet of a NATed connection; at ${e.hook} the ${what} is rewritten ${e.from} → ${e.to} as for the first one.`;
  }
  const head = `${e.table} ${e.chain} rule ${e.index} \`${e.rule}\``;
  const a = e.action;
  switch (a.kind) {
    case 'mark':
      return a.before === a.after
        ? `${head} matched; the mark stays ${hex(a.after)}.`
        : `${head} set mark ${hex(a.before)} → ${hex(a.after)}.`;
    case 'connmark-set':
      return `${head} set the connection's mark ${hex(a.before)} → ${hex(a.after)}.`;
    case 'connmark-save':
      return `${head} saved the packet's mark into the connection: ctmark ${hex(a.ctBefore)} → ${hex(a.ctAfter)}.`;
    case 'connmark-restore':
      return `${head} restored the connection's mark: mark ${hex(a.before)} → ${hex(a.after)}.`;
    case 'dnat':
      return `${head} rewrote the destination ${a.from} → ${a.to} (DNAT).`;
    case 'snat':
      return `${head} rewrote the source ${a.from} → ${a.to} (${a.masquerade ? "MASQUERADE: the out device's address" : 'SNAT'}).`;
    case 'verdict':
      return a.verdict === 'RETURN'
        ? `${head} returned from the chain.`
        : `${head} ${a.verdict === 'ACCEPT' ? 'accepted the packet: the rest of the chain is skipped' : 'dropped the packet'}.`;
    case 'jump':
      return `${head} ${a.goto ? 'went to' : 'jumped to'} chain ${a.chain}.`;
    default:
      return `${head} matched.`;
  }
}
