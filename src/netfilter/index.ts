/**
 * The netfilter stage of RPDB Lab: iptables/ip6tables (v1.8.9, nf_tables flavour) for the
 * `mangle`, `nat` and a minimal `filter` table, and the evaluation of those rules on packets.
 * Pure: no iproute2, no Node, no DOM. The routing decision around the hooks lives in
 * src/scenario/packet-path.ts.
 *
 * API:
 * - `createNetfilter()` → an empty {@link NetfilterState} (what a fresh network namespace has).
 *   `Session.netfilter` holds one; it is created by the first `iptables` command, so a session
 *   that never ran iptables has `netfilter === undefined` (treat that as "no rules").
 * - `iptablesMain(nf, family, argv, out)`: runs `iptables ARGS` (family 4) or `ip6tables ARGS`
 *   (family 6), printing to `out` (any {@link NfOutput}, e.g. iproute2's CommandOutput) exactly what
 *   the real tool prints, with its exit status (0, 1 or 2). A rejected command changes nothing.
 * - `markPacket(nf, hook, pkt, ct?)` → `{ mark, rule, verdict }`: the fast mangle-only stage for
 *   classifying captured packets. `hook` is 'PREROUTING' (arriving packets) or 'OUTPUT' (sent by
 *   the host); `pkt.mark` is the mark on entry (0, or NFLOG's). `rule` is the `-A CHAIN ...` text
 *   (as `iptables -S` prints it) of the rule that last changed the mark, or null. With a
 *   {@link Conntrack} CONNMARK --restore-mark/--save-mark work across packets of a connection;
 *   without one, CONNMARK sees a fresh connection (ctmark 0) every time. The empty ruleset (or
 *   `nf` undefined) returns at once. Does not modify `pkt`.
 * - `runHook(nf, table, hook, pkt, env?)` → 'ACCEPT' | 'DROP': runs one table's chain at one hook,
 *   modifying `pkt` (mark, addresses and ports after NAT) and pushing typed {@link NfEvent}s
 *   (which rule matched, what it did) to `env.events` when given; `env.ct` is the Conntrack.
 * - `mangleIsEmpty(nf, family, hook)`: true when no mangle rule can change a mark there.
 * - `Conntrack`: a minimal connection tracker keyed by the 5-tuple (both directions), holding the
 *   connmark and the NAT bindings (`ct.nat(pkt, hook)` applies an existing binding, as
 *   nf_nat_packet does for packets after the first).
 * - `explainNfEvent(event)`: one sentence per event ("mangle OUTPUT rule 1 `-A OUTPUT ...` set mark
 *   0x0 → 0x1.").
 * - `saveRules(nf)`: the `iptables [-t T] -N/-P/-A ...` lines that rebuild the state (export-script).
 */
export type {
  NetfilterState,
  NfAction,
  NfChain,
  NfEvent,
  NfFamilyState,
  NfHook,
  NfPacket,
  NfRule,
  NfTable,
  NfTableName,
} from './types';
export { createNetfilter } from './state';
export { iptablesMain, type NfOutput } from './iptables-main';
export { markPacket, mangleIsEmpty, type MarkResult } from './mark-packet';
export { runHook, type HookEnv } from './run-hook';
export { Conntrack } from './conntrack';

export { saveRules } from './save-rules';
export { explainNfEvent } from './explain';
