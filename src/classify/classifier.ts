/**
 * createClassifier: packets → ClassifiedPacket, with the answers of `ip route get` memoised per
 * distinct query (captures repeat the same flows, so most packets cost a few map lookups).
 */
import type { PacketRecord } from '../capture/types';
import type { Session } from '../iproute2/context';
import { Names } from '../iproute2/names';
import { buildQuery } from './build-query';
import { FlowMemo } from './flow-memo';
import { createMarkStage, type MarkStage } from './mark-stage';
import { createLinkResolver } from './resolve-link';
import { lookupRoute, type LookupAnswer } from './route-lookup';
import type { ClassifiedPacket, Classifier, ClassifyOptions } from './types';

/** Options of createClassifier beyond ClassifyOptions (tests and benches). */
export interface ClassifierExtras {
  /** Replaces the marking stage (default: NFLOG's mark, else the scenario's mangle table). */
  readonly markStage?: MarkStage;
}

/** A classifier plus the count of lookups it actually ran (the rest came from the memo). */
export interface CountingClassifier extends Classifier {
  readonly lookups: number;
}

/**
 * Builds a classifier over `session` (the scenario already run into it). The session must not
 * change while the classifier is in use: answers are memoised.
 */
export function createClassifier(
  session: Session,
  options: ClassifyOptions = {},
  extras: ClassifierExtras = {},
): CountingClassifier {
  const resolver = createLinkResolver(session.host, options);
  const mark = extras.markStage ?? createMarkStage(session);
  const memo = new FlowMemo<LookupAnswer>();
  const names = new Names(session.files);
  let lookups = 0;
  return {
    get lookups() {
      return lookups;
    },
    classify(p: PacketRecord): ClassifiedPacket {
      const index = p.index;
      if (p.skipped !== undefined) return { index, skipped: p.skipped };
      const placed = resolver.place(p);
      if (placed.skipped !== undefined) return { index, skipped: placed.skipped };
      const { direction, link } = placed;
      const m = mark(p, direction, link);
      if (m.dropped !== undefined) return { index, skipped: m.dropped };
      const uid = direction === 'output' ? p.nflog?.uid : undefined;
      const key = memo.key(p, direction, link, uid);
      let e = key >= 0 ? memo.get(p, m.mark, key) : undefined;
      if (e === undefined) {
        const q = buildQuery(p, { direction, link, mark: m.mark, uid });
        if (q.skipped !== undefined) return { index, skipped: q.skipped };
        e = memo.getQuery(q.query);
        if (e === undefined) {
          e = { query: q.query, value: lookupRoute(session, q.query.split(' '), names) };
          lookups++;
        }
        memo.set(p, m.mark, key, e);
      }
      const a = e.value;
      const query = e.query;
      const out: ClassifiedPacket = {
        index,
        query,
        status: a.status,
        stdout: a.stdout,
        stderr: a.stderr,
        direction,
        link,
        mark: m.mark,
        markedBy: m.markedBy,
        rule: a.rule,
        table: a.table,
        verdict: a.verdict,
      };
      return out;
    },
  };
}
