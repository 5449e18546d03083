/**
 * The memo of answers by flow, looked up without building the query text: destination and
 * source text (the decoder hands out the same string for the same address), the mark, then the
 * other fields packed into one number. Flows it cannot pack go by their query text. The
 * classifier's general path uses it (NFLOG packets, mangle tables with connection state); the
 * other packets' outcomes are kept whole by flow in FlowTable (flow-table.ts), and its misses ask
 * only the query memo here.
 */
import type { PacketRecord } from '../capture/types';
import type { PacketDirection } from './types';

/** One flow's query and whatever was computed for it. */
export interface FlowEntry<T> {
  readonly query: string;
  readonly value: T;
}

/** Flows kept before the memo starts afresh (bounds memory on a scan of many flows). */
const LIMIT = 200_000;

/** Answers by flow. */
export class FlowMemo<T> {
  private readonly byDst = new Map<string, Map<string, Map<number, Map<number, FlowEntry<T>>>>>();
  private readonly byQuery = new Map<string, FlowEntry<T>>();
  private readonly linkIds = new Map<string, number>();
  private size = 0;

  /**
   * The packed key of a packet's flow (link, direction, protocol, ports, DSCP: 53 bits), or -1
   * when it does not fit (more than 31 links, no protocol, a uid).
   */
  key(
    p: PacketRecord,
    direction: PacketDirection,
    link: string | undefined,
    uid: number | undefined,
  ): number {
    if (uid !== undefined || p.proto === undefined || p.src === undefined) return -1;
    let id = link === undefined ? 0 : this.linkIds.get(link);
    if (id === undefined) {
      if (this.linkIds.size >= 31) return -1;
      id = this.linkIds.size + 1;
      this.linkIds.set(link!, id);
    }
    const ports = p.sport !== undefined;
    const hi = ((id * 2 + (direction === 'output' ? 1 : 0)) * 256 + p.proto) * 2 + (ports ? 1 : 0);
    return (
      ((hi * 65536 + (ports ? p.sport! : 0)) * 65536 + (ports ? p.dport! : 0)) * 64 +
      (((p.tos ?? 0) & 0xfc) >> 2)
    );
  }

  /** The entry of a packed flow, if known. */
  get(p: PacketRecord, mark: number, key: number): FlowEntry<T> | undefined {
    return this.byDst.get(p.dst!)?.get(p.src!)?.get(mark)?.get(key);
  }

  /** The entry of a query text, if known. */
  getQuery(query: string): FlowEntry<T> | undefined {
    return this.byQuery.get(query);
  }

  /** Remembers `entry` under its query text, and under the packed flow when `key` >= 0. */
  set(p: PacketRecord, mark: number, key: number, entry: FlowEntry<T>): void {
    if (this.size >= LIMIT) {
      this.byDst.clear();
      this.byQuery.clear();
      this.size = 0;
    }
    this.size++;
    this.byQuery.set(entry.query, entry);
    if (key < 0) return;
    let bySrc = this.byDst.get(p.dst!);
    if (!bySrc) this.byDst.set(p.dst!, (bySrc = new Map()));
    let byMark = bySrc.get(p.src!);
    if (!byMark) bySrc.set(p.src!, (byMark = new Map()));
    let byKey = byMark.get(mark);
    if (!byKey) byMark.set(mark, (byKey = new Map()));
    byKey.set(key, entry);
  }
}
