/**
 * The marking stage before the routing lookup: captured packets carry no fwmark, so it comes
 * from NFLOG's record (NFULA_MARK, the mark as netfilter had it) or from the scenario's mangle
 * table (PREROUTING for arriving packets, OUTPUT for the host's own).
 */
import type { PacketRecord } from '../capture/types';
import type { Session } from '../iproute2/context';
import { Conntrack } from '../netfilter/conntrack';
import { mangleIsEmpty, markPacket } from '../netfilter/mark-packet';
import type { NfHook, NfPacket } from '../netfilter/types';
import type { PacketDirection } from './types';

/** The mark a packet's lookup uses and the mangle rule that set it last; `dropped` by a DROP. */
export interface MarkOutcome {
  readonly mark: number;
  readonly markedBy?: string;
  readonly dropped?: string;
}

/** Marks packets for one classify run (it keeps connection state, for CONNMARK). */
export type MarkStage = (
  p: PacketRecord,
  direction: PacketDirection,
  link: string | undefined,
) => MarkOutcome;

const NONE: MarkOutcome = { mark: 0 };

/** Targets whose effect depends on the packet alone (anything else: no per-flow reuse). */
const PER_FLOW_TARGETS = new Set(['none', 'verdict', 'jump', 'mark']);

/**
 * True when the mangle stage gives every packet of a flow the same outcome: no rule of either
 * family's mangle table touches connection state (CONNMARK save, restore or set: conntrack makes
 * those depend on earlier packets). Only then may a classifier reuse a flow's mark.
 */
export function markIsPerFlow(session: Session): boolean {
  const nf = session.netfilter;
  if (!nf) return true;
  for (const fam of [nf.v4, nf.v6]) {
    const mangle = fam.tables.get('mangle');
    if (!mangle) continue;
    for (const chain of mangle.chains.values())
      for (const r of chain.rules) if (!PER_FLOW_TARGETS.has(r.target.kind)) return false;
  }
  return true;
}

/**
 * The marking stage over `session`: NFLOG packets keep their recorded mark (netfilter already
 * ran up to the NFLOG rule); the others go through the mangle chain of their hook.
 */
export function createMarkStage(session: Session): MarkStage {
  const nf = session.netfilter;
  // The session does not change during a run: an empty chain stays empty.
  const empty = {
    4: { input: mangleIsEmpty(nf, 4, 'PREROUTING'), output: mangleIsEmpty(nf, 4, 'OUTPUT') },
    6: { input: mangleIsEmpty(nf, 6, 'PREROUTING'), output: mangleIsEmpty(nf, 6, 'OUTPUT') },
  };
  const ct = new Conntrack();
  const scratch: NfPacket = { family: 4, src: 0, dst: 0, proto: 0, mark: 0 };
  return (p, direction, link) => {
    if (p.nflog) return p.nflog.mark ? { mark: p.nflog.mark } : NONE;
    const family = p.family === 6 ? 6 : 4;
    if (empty[family][direction] || p.srcIp === undefined || p.dstIp === undefined) return NONE;
    const hook: NfHook = direction === 'input' ? 'PREROUTING' : 'OUTPUT';
    // One packet object for the whole run: markPacket reads it and leaves it as it was.
    const pkt = scratch;
    pkt.family = family;
    pkt.src = p.srcIp;
    pkt.dst = p.dstIp;
    pkt.proto = p.proto ?? 0;
    pkt.sport = p.sport;
    pkt.dport = p.dport;
    pkt.mark = 0;
    pkt.tos = p.tos;
    pkt.fragment = (p.fragment?.offset ?? 0) > 0;
    // ICMP/ICMPv6 type and code, for `--icmp-type` / `--icmpv6-type` (icmp_match, icmp6_match).
    pkt.icmpType = p.icmpType;
    pkt.icmpCode = p.icmpCode;
    pkt.iif = direction === 'input' ? link : undefined;
    pkt.oif = direction === 'output' ? link : undefined;
    const r = markPacket(nf, hook, pkt, ct);
    if (r.verdict === 'DROP') return { mark: r.mark, dropped: `dropped by the mangle table's ${hook} chain` };
    return r.rule === null ? (r.mark ? { mark: r.mark } : NONE) : { mark: r.mark, markedBy: r.rule };
  };
}
