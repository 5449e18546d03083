/**
 * A captured packet through the whole packet path (src/scenario/packet-path.ts): the netfilter
 * hooks around the routing decision, in the kernel's order, told as one line per stage. The app
 * shows it beside the animated lookup, so the user sees which mangle rule set the mark and, for
 * the host's own packets re-routed after OUTPUT, that the source chosen before the mark is kept.
 */
import type { NfEvent } from '../netfilter/index';
import { packetPath, type PathProbe, type PathStage } from '../scenario/packet-path';
import type { Session } from '../iproute2/context';
import { DIR_INPUT, DIR_OUTPUT, RULE_SKIPPED, type CaptureColumns } from './capture-columns';

/** The stages of the packet at column position `i`, one sentence each; empty for a skipped packet. */
export function describePath(session: Session, cols: CaptureColumns, i: number): string[] {
  if (cols.rule[i] === RULE_SKIPPED || cols.dir[i] === 0) return [];
  const s = cols.strings.values;
  const src = s[cols.src[i]];
  const dst = s[cols.dst[i]];
  const link = s[cols.link[i]];
  const opt = (n: number) => (n < 0 ? undefined : n);
  // The mark on entry: NFLOG's recorded mark when no mangle rule set it, else 0.
  const entryMark = cols.markedBy[i] === 0 ? cols.mark[i] : 0;
  const probe: PathProbe = {
    family: dst.includes(':') ? 6 : 4,
    dst,
    src,
    iif: cols.dir[i] === DIR_INPUT ? link || undefined : undefined,
    proto: opt(cols.proto[i]),
    sport: opt(cols.sport[i]),
    dport: opt(cols.dport[i]),
    tos: opt(cols.tos[i]),
    mark: entryMark,
  };
  const icmp = cols.icmp[i];
  if (icmp >= 0) [probe.icmpType, probe.icmpCode] = [icmp >> 8, icmp & 255];
  if (cols.dir[i] === DIR_OUTPUT && !link) delete probe.iif;
  const r = packetPath(session, probe);
  const lines = r.stages.map(describeStage).filter((l): l is string => l !== null);
  const end =
    r.outcome.kind === 'out'
      ? `Leaves through ${r.outcome.dev} as ${r.src} → ${r.dst}.`
      : r.outcome.kind === 'local'
        ? 'Delivered locally.'
        : r.outcome.kind === 'dropped'
          ? `Dropped in ${r.outcome.table} ${r.outcome.hook}.`
          : `Routing failed: ${(r.record.stderr || r.record.stdout).trim()}`;
  return [...lines, end];
}

const hex = (n: number) => `0x${n.toString(16)}`;

function describeEvent(e: NfEvent): string {
  if (e.kind === 'policy') return `policy ${e.policy}`;
  if (e.kind === 'ct-nat') return `connection's NAT ${e.from} → ${e.to}`;
  const a = e.action;
  const what =
    a.kind === 'mark' || a.kind === 'connmark-restore'
      ? `mark ${hex(a.before)} → ${hex(a.after)}`
      : a.kind === 'connmark-set'
        ? `connmark ${hex(a.before)} → ${hex(a.after)}`
        : a.kind === 'connmark-save'
          ? `connmark saved ${hex(a.ctBefore)} → ${hex(a.ctAfter)}`
          : a.kind === 'dnat' || a.kind === 'snat'
            ? `${a.kind === 'snat' && a.masquerade ? 'MASQUERADE' : a.kind.toUpperCase()} ${a.from} → ${a.to}`
            : a.kind === 'verdict'
              ? a.verdict
              : a.kind === 'jump'
                ? `${a.goto ? 'goto' : 'jump'} ${a.chain}`
                : 'no action';
  return `rule ${e.index} \`${e.rule}\`: ${what}`;
}

function describeStage(st: PathStage): string | null {
  if (st.kind === 'hook') {
    if (st.events.length === 0) return null;
    return `${st.table} ${st.hook}: ${st.events.map(describeEvent).join('; ')}${st.verdict === 'DROP' ? ' (dropped)' : ''}.`;
  }
  const l = st.lookup;
  const answer = l.ok
    ? l.local
      ? 'local delivery'
      : `dev ${l.dev ?? '?'}${l.src ? ` src ${l.src}` : ''}`
    : (l.record.stderr || l.record.stdout).trim();
  if (st.reason === 'reroute') {
    const kept =
      st.keptSource && st.routeSource && st.keptSource !== st.routeSource
        ? `; the packet keeps source ${st.keptSource} (the new route would pick ${st.routeSource})`
        : '';
    return `Re-routed after OUTPUT (${(st.changed ?? []).join(', ') || 'changed'}): ip route get ${l.query.join(' ')} → ${answer}${kept}.`;
  }
  return `Routing decision (${st.reason}): ip route get ${l.query.join(' ')} → ${answer}.`;
}
