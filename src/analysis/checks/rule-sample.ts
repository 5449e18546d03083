/**
 * A packet a rule matches, as a probe: built from the rule's selectors, then checked with the
 * engine's own fib_rule_match (ruleMatches) on the flow the probe's lookup will carry.
 */
import type { Host } from '../../engine/host';
import { prefixContains, type Ip } from '../../engine/ip';
import type { Rule } from '../../engine/model';
import { ruleMatches } from '../../engine/rule-match';
import type { Session } from '../../iproute2/context';
import { probeFlow, type ProbeSpec } from '../doctor-probe';
import { defaultDst, sampleIn } from './table-facts';

const PROBE_PROTOS = new Set([1, 6, 17, 58]);

/** A local address of the host inside a prefix (ip route get `from` must be local for output). */
function localIn(host: Host, family: 4 | 6, addr: Ip, len: number): Ip | undefined {
  return host.addrs.find((a) => a.family === family && !a.tentative && prefixContains(addr, len, a.local))
    ?.local;
}

/** The first non-loopback device name, for input probes. */
function someIngress(host: Host, not?: string): string | undefined {
  for (const l of host.links.values()) if (l.kind !== 'loopback' && l.name !== not && l.up) return l.name;
  return undefined;
}

/** A probe built from the positive selectors of `r` (ignoring `not`), or null when iproute2 6.1 cannot express one. */
function fromSelectors(host: Host, r: Rule, dst?: Ip): ProbeSpec | null {
  if (r.dscpFull || r.flowlabel || r.l3mdev || (r.tunId !== undefined && r.tunId !== 0n)) return null;
  if (
    (r.sportMask !== undefined && r.sportMask !== 0xffff) ||
    (r.dportMask !== undefined && r.dportMask !== 0xffff)
  )
    return null;
  if (r.ipproto && !PROBE_PROTOS.has(r.ipproto)) return null;
  const p: ProbeSpec = {
    family: r.family,
    dst: r.dst && r.dst.len ? sampleIn(r.dst.addr, r.dst.len) : (dst ?? defaultDst(r.family)),
  };
  if (r.markMask) p.mark = (r.mark & r.markMask) >>> 0;
  if (r.tos) p.tos = r.tos;
  if (r.ipproto) p.ipproto = r.ipproto;
  if (r.sport) p.sport = r.sport.start;
  if (r.dport) p.dport = r.dport.start;
  let input = r.iifname !== undefined && r.iifname !== 'lo';
  if (r.src && r.src.len) {
    const local = localIn(host, r.family, r.src.addr, r.src.len);
    if (local !== undefined && !input) p.src = local;
    else {
      p.src = sampleIn(r.src.addr, r.src.len);
      input = true;
    }
  }
  if (input) {
    if (r.oifname !== undefined || (r.uidRange && r.uidRange.start > 0)) return null;
    p.iif = r.iifname !== undefined && r.iifname !== 'lo' ? r.iifname : someIngress(host);
    if (p.iif === undefined) return null;
    if (p.src === undefined) p.src = r.family === 4 ? 0xc6336407 : 0x20010db8ffff00000000000000000007n;
  } else {
    if (r.oifname !== undefined) p.oif = r.oifname;
    if (r.uidRange) p.uid = r.uidRange.start;
  }
  return p;
}

/** True when the engine's rule match selects the probe's flow. */
export function probeMatches(session: Session, r: Rule, p: ProbeSpec): boolean {
  return ruleMatches(session.host, r, probeFlow(session, p));
}

/**
 * A probe that rule `r` matches, or null. For `not` rules, tries the default packet and a few
 * variants that break one selector.
 */
export function sampleMatching(session: Session, r: Rule, dst?: Ip): ProbeSpec | null {
  const host = session.host;
  const candidates: ProbeSpec[] = [];
  if (!r.invert) {
    const p = fromSelectors(host, r, dst);
    if (p) candidates.push(p);
  } else {
    const base: ProbeSpec = { family: r.family, dst: dst ?? defaultDst(r.family) };
    candidates.push(base);
    if (r.markMask) candidates.push({ ...base, mark: ((r.mark ^ r.markMask) & r.markMask) >>> 0 || 1 });
    if (r.dst && r.dst.len)
      candidates.push({
        ...base,
        dst:
          r.family === 4
            ? ((sampleIn(r.dst.addr, r.dst.len) as number) ^ 0x80000000) >>> 0
            : (sampleIn(r.dst.addr, r.dst.len) as bigint) ^ (1n << 127n),
      });
    if (r.uidRange) candidates.push({ ...base, uid: r.uidRange.end + 1 });
  }
  return candidates.find((p) => probeMatches(session, r, p)) ?? null;
}
