/**
 * createClassifier: packets → ClassifiedPacket, with the answers of `ip route get` memoised per
 * distinct query (captures repeat the same flows, so most packets cost a few map lookups).
 */
import type { PacketRecord } from '../capture/types';
import type { Session } from '../iproute2/context';
import { Names } from '../iproute2/names';
import { buildQuery } from './build-query';
import { FlowMemo } from './flow-memo';
import { FlowTable } from './flow-table';
import { createMarkStage, markIsPerFlow, type MarkStage } from './mark-stage';
import { createLinkResolver, type PacketPlace } from './resolve-link';
import { lookupRoute, type LookupAnswer } from './route-lookup';
import type { ClassifiedPacket, Classifier, ClassifyOptions, PacketDirection } from './types';

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
  // Whole outcomes by flow, when the marking stage is the scenario's and keeps no state.
  const flows =
    extras.markStage === undefined && markIsPerFlow(session) ? new FlowTable<ClassifiedPacket>() : null;
  const names = new Names(session.files);
  let lookups = 0;
  return {
    get lookups() {
      return lookups;
    },
    classify(p: PacketRecord, at?: PacketPlace): ClassifiedPacket {
      const index = p.index;
      if (p.skipped !== undefined) return { index, skipped: p.skipped };
      const placed = resolver.place(p, at);
      if (placed.skipped !== undefined) return { index, skipped: placed.skipped };
      // NFLOG packets carry their own mark (and uid): they take the general path.
      if (flows === null || p.nflog !== undefined || !flows.flowKey(p, placed.direction, placed.link))
        return general(p, placed.direction, placed.link, true);
      const t = flows.get();
      if (t === undefined) {
        const c = general(p, placed.direction, placed.link, false);
        // The table keeps its own copy: the caller's object is the caller's.
        flows.set(c.skipped !== undefined ? c : withIndex(c, index));
        return c;
      }
      return t.skipped !== undefined ? { index, skipped: t.skipped } : withIndex(t, index);
    },
  };

  /**
   * Marks and looks up one placed packet, memoised by query, and by packed flow when `byFlow`
   * (the flow table, when it took the packet, already keeps whole outcomes by flow).
   */
  function general(
    p: PacketRecord,
    direction: PacketDirection,
    link: string | undefined,
    byFlow: boolean,
  ): ClassifiedPacket {
    const index = p.index;
    const m = mark(p, direction, link);
    if (m.dropped !== undefined) return { index, skipped: m.dropped };
    const uid = direction === 'output' ? p.nflog?.uid : undefined;
    const key = byFlow ? memo.key(p, direction, link, uid) : -1;
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
    return {
      index,
      query: e.query,
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
  }
}

/** Another packet of the flow of `t`: the same outcome under its own number. */
function withIndex(t: ClassifiedPacket, index: number): ClassifiedPacket {
  return {
    index,
    query: t.query,
    status: t.status,
    stdout: t.stdout,
    stderr: t.stderr,
    direction: t.direction,
    link: t.link,
    mark: t.mark,
    markedBy: t.markedBy,
    rule: t.rule,
    table: t.table,
    verdict: t.verdict,
  };
}
