/**
 * A packet path as sentences: each hook's rules, each routing decision with its `ip route get`,
 * and the two surprises the kernel has in store: a mark set in OUTPUT re-routes but keeps the
 * source chosen before (ip_route_me_harder), and replies of DNATed connections are routed before
 * their source is restored.
 */
import { explainNfEvent } from '../netfilter/explain';
import type { PacketPathResult, PathStage } from './packet-path';

function routeSentence(s: Extract<PathStage, { kind: 'route' }>): string[] {
  const l = s.lookup;
  const q = `\`ip route get ${l.query.join(' ')}\``;
  const answer = l.ok ? l.record.stdout.split('\n')[0].trim() : l.record.stderr.trim();
  if (s.reason === 'input') return [`Routing (ip_route_input) ${q}: ${answer}.`];
  if (s.reason === 'output')
    return [
      `Routing for the socket (ip_route_output) ${q}: ${answer}${l.src ? `; the source address ${l.src} is chosen here` : ''}.`,
    ];
  const why = (s.changed ?? []).join(', ');
  const out = [`The ${why} changed, so the kernel re-routes (ip_route_me_harder) ${q}: ${answer}.`];
  if (s.keptSource)
    out.push(
      `The packet keeps source ${s.keptSource}, chosen by the first lookup, although this route would choose ${s.routeSource}.`,
    );
  return out;
}

/** One sentence per event of the path, in order, ending with where the packet went. */
export function explainPacketPath(r: PacketPathResult): string[] {
  const out: string[] = [];
  for (const s of r.stages) {
    if (s.kind === 'route') out.push(...routeSentence(s));
    else
      for (const e of s.events) if (e.kind !== 'policy' || e.policy === 'DROP') out.push(explainNfEvent(e));
  }
  const o = r.outcome;
  if (o.kind === 'out')
    out.push(
      `The packet leaves through ${o.dev} from ${r.src} to ${r.dst} with mark 0x${r.mark.toString(16)}.`,
    );
  else if (o.kind === 'local') out.push(`The packet is delivered locally (to ${r.dst}).`);
  else if (o.kind === 'dropped') out.push(`The packet is dropped in ${o.table} ${o.hook}.`);
  else out.push('Routing failed: the packet goes nowhere.');
  return out;
}
