/**
 * The capture methods of the engine API (issue 4, in the app). The worker keeps the open file
 * (a File is a handle, not its bytes) and the classified packets in typed columns; the page asks
 * for a summary and for the rows it shows. Each new run (open, re-classify) supersedes the one
 * before it; `captureCancel` stops the current one between two slices of the file.
 */
import { releaseProxy } from 'comlink';
import { CommandOutput } from '../iproute2/context';
import { iptablesMain, type NetfilterState } from '../netfilter/index';
import { CaptureColumns } from './capture-columns';
import { runCaptureJob, sessionOf } from './capture-job';
import { describePath } from './capture-path';
import { filterRows, formatRows, summarize } from './capture-query';
import type {
  CaptureProgressInfo,
  CaptureRow,
  CaptureRunResult,
  CaptureSummary,
  InterfaceMapping,
} from './capture-types';

/** One table of one family as `iptables -t T -S` prints it. */
export interface NetfilterListing {
  readonly family: 4 | 6;
  readonly table: 'mangle' | 'nat';
  /** The `-P`/`-N`/`-A` lines, exactly as iptables -S prints them. */
  readonly lines: string[];
}

/** The capture part of the engine API. */
export interface CaptureApi {
  /** Opens `file` and classifies it against `script`, interfaces mapped by their defaults. */
  captureOpen(
    file: Blob,
    script: string,
    onProgress?: (p: CaptureProgressInfo) => void,
  ): Promise<CaptureRunResult>;
  /** Classifies the open file again (the scenario or the mapping changed). */
  captureReclassify(
    script: string,
    mapping: InterfaceMapping,
    onProgress?: (p: CaptureProgressInfo) => void,
  ): Promise<CaptureRunResult>;
  /** Stops the running read; the packets read so far stay. */
  captureCancel(): void;
  /** Counts, groups and the flow diagram of the packets `filter` keeps. */
  captureSummary(filter: string): CaptureSummary;
  /** The formatted rows `start .. start+count` of the packets `filter` keeps. */
  captureRows(filter: string, start: number, count: number): CaptureRow[];
  /** The packet with file index `index` through the netfilter hooks and routing, one sentence per stage. */
  capturePath(script: string, index: number): string[];
  /** The mangle and nat rules `script` leaves, as `iptables -S` / `ip6tables -S` print them. */
  netfilterRules(script: string): NetfilterListing[];
}

/** Creates the capture API with its own state (the open file, the columns, the current run). */
export function createCaptureApi(): CaptureApi {
  let file: Blob | null = null;
  let columns = new CaptureColumns();
  let generation = 0;
  let cancelled = -1;
  let filtered: { key: string; rows: Uint32Array; error?: string } | null = null;

  const run = async (
    script: string,
    mapping: InterfaceMapping,
    onProgress?: (p: CaptureProgressInfo) => void,
  ): Promise<CaptureRunResult> => {
    const me = ++generation;
    const source = file;
    columns = new CaptureColumns();
    filtered = null;
    if (!source)
      return { state: 'error', packets: 0, bytes: 0, error: 'no capture is open', interfaces: [], ms: 0 };
    const { result } = await runCaptureJob(source, script, mapping, columns, {
      onProgress,
      stopped: () => (generation !== me ? 'superseded' : cancelled === me ? 'cancelled' : false),
    });
    // A callback that came through Comlink holds a MessagePort until released.
    (onProgress as unknown as Partial<Record<typeof releaseProxy, () => void>> | undefined)?.[
      releaseProxy
    ]?.();
    filtered = null;
    return result;
  };

  const rowsOf = (filter: string) => {
    const key = `${generation}:${columns.length}:${filter}`;
    if (filtered?.key !== key) filtered = { key, ...filterRows(columns, filter) };
    return filtered;
  };

  return {
    captureOpen(f, script, onProgress) {
      file = f;
      return run(script, {}, onProgress);
    },
    captureReclassify(script, mapping, onProgress) {
      return run(script, mapping, onProgress);
    },
    captureCancel() {
      cancelled = generation;
    },
    captureSummary(filter) {
      const f = rowsOf(filter);
      return summarize(columns, f.rows, f.error);
    },
    captureRows(filter, start, count) {
      return formatRows(columns, rowsOf(filter).rows, start, Math.min(count, 1000));
    },
    capturePath(script, index) {
      // Packets are stored in file order: the first position whose index is >= `index`.
      let lo = 0;
      let hi = columns.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (columns.index[mid] < index) lo = mid + 1;
        else hi = mid;
      }
      return lo < columns.length && columns.index[lo] === index
        ? describePath(sessionOf(script), columns, lo)
        : [];
    },
    netfilterRules(script) {
      const nf: NetfilterState | undefined = sessionOf(script).netfilter;
      const out: NetfilterListing[] = [];
      if (!nf) return out;
      for (const family of [4, 6] as const)
        for (const table of ['mangle', 'nat'] as const) {
          const o = new CommandOutput();
          iptablesMain(nf, family, ['-t', table, '-S'], o);
          out.push({ family, table, lines: o.stdout.split('\n').filter((l) => l !== '') });
        }
      return out;
    },
  };
}
