/**
 * Compare two scenarios (before and after a change): the rule and route differences, the packet
 * classes whose verdict changes (each with a probe run through both), the scenarios' own
 * `ip route get` lines whose answer changes, and optionally captured packets whose answer changes.
 */
import { createClassifier } from '../classify/classifier';
import type { Classifier, ClassifyOptions } from '../classify/types';
import type { Session } from '../iproute2/context';
import { createSession, runScript } from '../scenario/run-script';
import { diffRulesAndRoutes, type LineDiff } from './compare-diff';
import { describeBox } from './packet-class-text';
import { runProbe, sampleProbe, type ProbeResult } from './packet-class-probe';
import { coalesce, intersectSets, type Box } from './packet-class-space';
import { walkPackets } from './packet-class-walk';
import type { Verdict } from './packet-class-verdict';

/** Packets whose verdict differs between the scenarios. */
export interface ChangedClass {
  family: 4 | 6;
  /** The packets, as one readable line (device names of the first scenario). */
  text: string;
  before: Verdict;
  after: Verdict;
  /** A packet of the class as `ip route get` words, and what each scenario answers for it. */
  probe: string[];
  probeBefore: ProbeResult;
  probeAfter: ProbeResult;
  box: Box;
}

/** A line of either script (`ip route get …`) or a captured packet whose answer changed. */
export interface ChangedAnswer {
  /** The `ip route get` command, or the capture query. */
  command: string;
  before: string;
  after: string;
}

/** The whole comparison. */
export interface Comparison {
  /** Rule and route listings that differ (ip rule show / ip route show table T text). */
  diffs: LineDiff[];
  changedClasses: ChangedClass[];
  /** The `ip route get` lines of the two scripts whose answer differs at the end of the scripts. */
  changedProbes: ChangedAnswer[];
  /** Captured packets whose answer differs (only when packets were given). */
  changedPackets?: ChangedAnswer[];
}

/** A captured packet, as src/classify takes it (analysis does not import src/capture). */
export type CapturedPacket = Parameters<Classifier['classify']>[0];

/** Optional captured packets to replay through both scenarios (src/classify). */
export interface CompareCapture {
  packets: Iterable<CapturedPacket>;
  options?: ClassifyOptions;
}

function answerOf(session: Session, command: string): string {
  const [rec] = runScript(command, session);
  return rec ? `${rec.stdout}${rec.stderr}`.trimEnd() : '';
}

/** `ip route get` commands of a script, in order, without repeats. */
export function routeGetLines(script: string): string[] {
  const out = new Set<string>();
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (/^ip(\s+-\S+)*\s+r\S*\s+get\s/.test(line)) out.add(line);
  }
  return [...out];
}

/** The classes of the packet space whose verdict differs, per family. */
export function changedClasses(before: Session, after: Session): ChangedClass[] {
  const out: ChangedClass[] = [];
  for (const family of [4, 6] as const) {
    const wa = walkPackets(before.host, family);
    const wb = walkPackets(after.host, family);
    for (const oa of wa.outcomes)
      for (const ob of wb.outcomes) {
        if (oa.verdict.key === ob.verdict.key) continue;
        for (const box of coalesce(intersectSets(oa.set, ob.set))) {
          const { args } = sampleProbe(before.host, family, box);
          out.push({
            family,
            text: describeBox(before.host, family, box),
            before: oa.verdict,
            after: ob.verdict,
            probe: args,
            probeBefore: runProbe(before, args),
            probeAfter: runProbe(after, args),
            box,
          });
        }
      }
  }
  return out;
}

/** Compares two scenarios already run into sessions. */
export function compareSessions(
  before: Session,
  after: Session,
  scripts: [string, string] = ['', ''],
  capture?: CompareCapture,
): Comparison {
  const changedProbes: ChangedAnswer[] = [];
  for (const command of routeGetLines(`${scripts[0]}\n${scripts[1]}`)) {
    const a = answerOf(before, command);
    const b = answerOf(after, command);
    if (a !== b) changedProbes.push({ command, before: a, after: b });
  }
  const cmp: Comparison = {
    diffs: diffRulesAndRoutes(before, after),
    changedClasses: changedClasses(before, after),
    changedProbes,
  };
  if (capture) {
    const ca = createClassifier(before, capture.options);
    const cb = createClassifier(after, capture.options);
    cmp.changedPackets = [];
    for (const p of capture.packets) {
      const a = ca.classify(p);
      const b = cb.classify(p);
      const ta = `${a.stdout ?? ''}${a.stderr ?? ''}${a.skipped ?? ''}`.trimEnd();
      const tb = `${b.stdout ?? ''}${b.stderr ?? ''}${b.skipped ?? ''}`.trimEnd();
      if (ta !== tb)
        cmp.changedPackets.push({
          command: `packet ${p.index}: ip route get ${a.query ?? b.query ?? ''}`,
          before: ta,
          after: tb,
        });
    }
  }
  return cmp;
}

/** Runs both scripts on fresh machines and compares the results. */
export function compareScenarios(scriptA: string, scriptB: string, capture?: CompareCapture): Comparison {
  const a = createSession();
  const b = createSession();
  runScript(scriptA, a);
  runScript(scriptB, b);
  return compareSessions(a, b, [scriptA, scriptB], capture);
}
