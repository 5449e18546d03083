/**
 * The fast mangle stage for classifying captured packets: the mark a packet leaves the mangle
 * chain of a hook with, and the rule that set it. No events, no copies: the walk keeps the mark in
 * a local and puts the packet's own mark back before returning. The empty ruleset costs one lookup.
 */
import { compiledTable, prefilter, type CompiledRule } from './compile';
import type { Conntrack } from './conntrack';
import type { NetfilterState, NfConn, NfHook, NfPacket } from './types';

/** The outcome of the mangle stage for one packet. */
export interface MarkResult {
  /** skb->mark after the chain. */
  mark: number;
  /** `-A CHAIN ...` (as `iptables -S` prints it) of the last rule that changed the mark, or null. */
  rule: string | null;
  verdict: 'ACCEPT' | 'DROP';
}

/** True when the family's mangle chain at `hook` has no rule (nothing can change the mark). */
export function mangleIsEmpty(nf: NetfilterState | undefined, family: 4 | 6, hook: NfHook): boolean {
  if (!nf) return true;
  const t = compiledTable(family === 4 ? nf.v4 : nf.v6, 'mangle');
  const c = t?.get(hook);
  return !c || (c.rules.length === 0 && c.policy !== 'DROP');
}

/** The packet's connection, or a fresh one (ctmark 0) when there is no tracker. */
function connOf(pkt: NfPacket, ct: Conntrack | undefined): NfConn {
  return ct ? ct.track(pkt).conn : ({ mark: 0 } as NfConn);
}

const stackRules: CompiledRule[][] = [];
const stackIndex: number[] = [];

/** Runs the mangle chain of `hook` for `pkt` (which is left as it was). */
export function markPacket(
  nf: NetfilterState | undefined,
  hook: NfHook,
  pkt: NfPacket,
  ct?: Conntrack,
): MarkResult {
  const entry = pkt.mark;
  if (!nf) return { mark: entry, rule: null, verdict: 'ACCEPT' };
  const table = compiledTable(pkt.family === 4 ? nf.v4 : nf.v6, 'mangle');
  const chain = table?.get(hook);
  if (!table || !chain) return { mark: entry, rule: null, verdict: 'ACCEPT' };
  let rules = chain.rules;
  let i = 0;
  let depth = 0;
  let rule: string | null = null;
  let verdict: 'ACCEPT' | 'DROP' = chain.policy ?? 'ACCEPT';
  let conn: NfConn | undefined;
  for (;;) {
    if (i >= rules.length) {
      if (depth === 0) break;
      depth--;
      rules = stackRules[depth];
      i = stackIndex[depth];
      continue;
    }
    const cr = rules[i++];
    if (!prefilter(cr, pkt) || !cr.matches(pkt)) continue;
    const t = cr.rule.target;
    if (t.kind === 'mark') {
      const m = ((pkt.mark & ~t.mask) ^ t.value) >>> 0; // mark_tg
      if (m !== pkt.mark) rule = cr.line;
      pkt.mark = m;
    } else if (t.kind === 'verdict') {
      if (t.verdict !== 'RETURN') {
        verdict = t.verdict;
        break;
      }
      i = rules.length;
    } else if (t.kind === 'jump') {
      if (!t.goto) {
        stackRules[depth] = rules;
        stackIndex[depth] = i;
        depth++;
      }
      rules = table.get(t.chain)!.rules;
      i = 0;
    } else if (t.kind === 'connmark-restore') {
      conn ??= connOf(pkt, ct);
      const m = ((pkt.mark & ~t.nfmask) ^ (conn.mark & t.ctmask)) >>> 0;
      if (m !== pkt.mark) rule = cr.line;
      pkt.mark = m;
    } else if (t.kind === 'connmark-save') {
      conn ??= connOf(pkt, ct);
      conn.mark = ((conn.mark & ~t.ctmask) ^ (pkt.mark & t.nfmask)) >>> 0;
    } else if (t.kind === 'connmark-set') {
      conn ??= connOf(pkt, ct);
      conn.mark = ((conn.mark & ~t.mask) ^ t.value) >>> 0;
    }
  }
  const mark = pkt.mark;
  pkt.mark = entry;
  return { mark, rule, verdict };
}
