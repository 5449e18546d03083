/**
 * "Which packets reach this?": for a rule, a table or a verdict, the packets that end there, as
 * a list of packet classes (disjoint boxes of the selector fields), each with a readable line and
 * a sample `ip route get` probe whose verdict is the class's.
 */
import type { Host } from '../engine/host';
import type { Session } from '../iproute2/context';
import { describeBox } from './packet-class-text';
import { sampleProbe } from './packet-class-probe';
import type { PacketPoint } from './packet-class-point';
import { coalesce, intersectSets, type Box, type BoxSet } from './packet-class-space';
import { WIDE_REACH, walkPackets, type PacketWalk, type WalkOutcome } from './packet-class-walk';
import type { Verdict } from './packet-class-verdict';

/** What to ask about: a rule (by priority), a table (by id) or a verdict (by text). */
export type ClassTarget =
  | { kind: 'rule'; family: 4 | 6; pref: number }
  | { kind: 'table'; family: 4 | 6; table: number }
  | { kind: 'verdict'; family: 4 | 6; text: string }
  | { kind: 'all'; family: 4 | 6 };

/** A set of packets with one verdict, shown as one line, with a probe that demonstrates it. */
export interface PacketClass {
  family: 4 | 6;
  /** The packets, e.g. "locally generated TCP from 10.0.0.0/8 to anything, mark 0x1/0xff". */
  text: string;
  verdict: Verdict;
  /** Priority of the rule that decided (undefined: fast path, or no rule decided). */
  rulePref?: number;
  /** The `ip route get` words of a packet of the class (`ip route get ${probe.join(' ')}`). */
  probe: string[];
  /** That packet as field values (box order), for tests and the UI. */
  point: PacketPoint;
  /** The exact set: one box (see packet-class-space.ts). */
  box: Box;
}

/** The classes of an outcome set (coalesced, one class per box). */
export function classesOf(
  host: Host,
  walk: PacketWalk,
  outcome: WalkOutcome,
  set: BoxSet = outcome.set,
): PacketClass[] {
  const rulePref = outcome.ruleIndex !== undefined ? walk.rules[outcome.ruleIndex].pref : undefined;
  return coalesce(set).map((box) => {
    const { point, args } = sampleProbe(host, walk.family, box);
    const c: PacketClass = {
      family: walk.family,
      text: describeBox(host, walk.family, box),
      verdict: outcome.verdict,
      probe: args,
      point,
      box,
    };
    if (rulePref !== undefined) c.rulePref = rulePref;
    return c;
  });
}

/** True when `text` names the verdict (its key, case-insensitive substring). */
export function verdictMatches(v: Verdict, text: string): boolean {
  return v.key.toLowerCase().includes(text.toLowerCase().trim());
}

/**
 * The packet classes that end at `target` after the walk: for a rule, the packets it decides (for
 * a goto or nop rule, which decides nothing, the packets it matches, by their final verdict);
 * for a table, the packets a route (or error route) of that table decides; for a verdict, the
 * packets with that verdict.
 */
export function classesForTarget(host: Host, walk: PacketWalk, target: ClassTarget): PacketClass[] {
  const out: PacketClass[] = [];
  if (target.kind === 'rule') {
    walk.rules.forEach((rule, i) => {
      if (rule.pref !== target.pref) return;
      const decided = walk.outcomes.filter((o) => o.ruleIndex === i);
      if (decided.length) for (const o of decided) out.push(...classesOf(host, walk, o));
      else
        for (const o of walk.outcomes)
          out.push(...classesOf(host, walk, o, intersectSets(walk.matched[i] ?? [], o.set)));
    });
    return out;
  }
  for (const o of walk.outcomes) {
    if (target.kind === 'table' && o.table !== target.table) continue;
    if (target.kind === 'verdict' && !verdictMatches(o.verdict, target.text)) continue;
    out.push(...classesOf(host, walk, o));
  }
  return out;
}

/**
 * The packet classes of `target` in the session's current state. A rule that decides packets
 * needs the walk only up to itself (its classes are the outcomes it decides); one that decides
 * none (goto, nop, every lookup missing) needs the whole walk.
 */
export function packetClasses(session: Session, target: ClassTarget): PacketClass[] {
  const host = session.host;
  if (target.kind === 'rule') {
    const at = host.rules[target.family].flatMap((r, i) => (r.pref === target.pref ? [i] : []));
    if (at.length) {
      const walk = walkPackets(host, target.family, WIDE_REACH, Math.max(...at));
      if (at.every((i) => walk.outcomes.some((o) => o.ruleIndex === i)))
        return classesForTarget(host, walk, target);
    }
  }
  return classesForTarget(host, walkPackets(host, target.family), target);
}
