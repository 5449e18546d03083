/**
 * One read of a capture file through the classifier: the file is read in slices (never whole),
 * each slice decoded, placed on the user's links, marked and looked up, and appended to the
 * columns. Between slices the job reports progress and checks whether it was cancelled, so a
 * cancel or a newer run stops it within one slice.
 */
import { createCaptureReader } from '../capture/capture-reader';
import { PIECE } from '../capture/read-capture';
import { formatCaptureError, type PacketRecord } from '../capture/types';
import { createClassifier } from '../classify/classifier';
import type { Session } from '../iproute2/context';
import { createSession, runScript } from '../scenario/run-script';
import { CaptureColumns } from './capture-columns';
import {
  classifierMap,
  displayKey,
  interfaceKey,
  InterfaceRegistry,
  MappedPlaces,
  suggest,
  UNNAMED,
} from './capture-interfaces';
import type { CaptureProgressInfo, CaptureRunResult, InterfaceMapping } from './capture-types';

/** Bytes read per slice. */
export const SLICE_BYTES = 1 << 20;
/** Slices requested ahead of the one being decoded. */
const READ_AHEAD = 8;
/** Least time between two progress reports. */
const PROGRESS_MS = 100;

/** What a job reports to and asks of its owner. */
export interface JobHooks {
  onProgress?: (p: CaptureProgressInfo) => void;
  /** True once the job should stop (cancelled, or superseded by a newer one). */
  stopped: () => 'cancelled' | 'superseded' | false;
}

/** The outcome of a job: the result and the columns (also complete when it stopped early). */
export interface JobOutcome {
  result: CaptureRunResult;
  columns: CaptureColumns;
}

/** The session a script leaves (every line run, probes included). */
export function sessionOf(script: string): Session {
  const session = createSession();
  runScript(script, session);
  return session;
}

/** Reads `file` and classifies its packets against `script` under `mapping` into `columns`. */
export async function runCaptureJob(
  file: Blob,
  script: string,
  mapping: InterfaceMapping,
  columns: CaptureColumns,
  hooks: JobHooks,
): Promise<JobOutcome> {
  const started = performance.now();
  const session = sessionOf(script);
  const effective: Record<string, InterfaceMapping[string]> = { ...mapping };
  // The classifier reads this object on every packet, so defaults added below take effect at once.
  const map = classifierMap(effective);
  const classifier = createClassifier(session, { map });
  const registry = new InterfaceRegistry();
  const places = new MappedPlaces(effective);
  const reader = createCaptureReader();
  let lastReport = 0;
  const report = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastReport < PROGRESS_MS) return;
    lastReport = now;
    hooks.onProgress?.({ bytes: reader.bytes, totalBytes: file.size, packets: reader.packets });
  };
  // Packets of one capture interface share its object: its key (and default) is found once.
  let lastIface: PacketRecord['interface'] | null = null;
  let lastKey = '';
  const take = (records: PacketRecord[]) => {
    for (const p of records) {
      let key: string;
      if (p.nflog) key = displayKey(p);
      else if (p.interface === lastIface) key = lastKey;
      else {
        key = interfaceKey(p);
        if (effective[key] === undefined) {
          effective[key] = suggest({ key, kind: kindOf(p, key) }, session.host);
          Object.assign(map, classifierMap({ [key]: effective[key] }));
        }
        lastIface = p.interface;
        lastKey = key;
      }
      registry.see(p, key);
      columns.push(p, classifier.classify(p, places.of(p, key)), key);
    }
  };
  const finish = (state: CaptureRunResult['state'], error?: string): JobOutcome => {
    report(true);
    const result: CaptureRunResult = {
      state,
      packets: columns.length,
      bytes: reader.bytes,
      format: reader.format ?? undefined,
      error,
      interfaces: registry.list(session.host),
      ms: performance.now() - started,
    };
    return { result, columns };
  };
  // The next slices are read while this one is decoded (reading a Blob is I/O, off this thread;
  // the browser serves a few requests at once faster than one after another).
  const read = (offset: number): Promise<ArrayBuffer> => {
    const pending = file.slice(offset, offset + SLICE_BYTES).arrayBuffer();
    pending.catch(() => {}); // a read abandoned by a stop must not be an unhandled rejection
    return pending;
  };
  const ahead: Promise<ArrayBuffer>[] = [];
  let requested = 0;
  const fill = () => {
    while (ahead.length < READ_AHEAD && requested < file.size) {
      ahead.push(read(requested));
      requested += SLICE_BYTES;
    }
  };
  fill();
  while (ahead.length > 0) {
    const stop = hooks.stopped();
    if (stop) return finish(stop);
    const chunk = new Uint8Array(await ahead.shift()!);
    const stopAfter = hooks.stopped();
    if (stopAfter) return finish(stopAfter);
    fill();
    // Decoded in pieces, so each batch of records dies young (a slice holds ~10,000).
    for (let at = 0; at < chunk.length; at += PIECE) take(reader.push(chunk.subarray(at, at + PIECE)));
    report(false);
    if (reader.error) break;
  }
  take(reader.end());
  return reader.error ? finish('error', formatCaptureError(reader.error)) : finish('done');
}

function kindOf(p: { interface: { ifindex?: number } }, key: string): 'name' | 'ifindex' | 'none' {
  if (key === UNNAMED) return 'none';
  return p.interface.ifindex ? 'ifindex' : 'name';
}
