/**
 * One read of a capture file through the classifier: the file is read in slices (never whole),
 * each slice decoded, placed on the user's links, marked and looked up, and appended to the
 * columns. Between slices the job reports progress and checks whether it was cancelled, so a
 * cancel or a newer run stops it within one slice.
 */
import { createCaptureReader } from '../capture/capture-reader';
import { formatCaptureError } from '../capture/types';
import { createClassifier } from '../classify/classifier';
import type { Session } from '../iproute2/context';
import { createSession, runScript } from '../scenario/run-script';
import { CaptureColumns } from './capture-columns';
import {
  applyMapping,
  classifierMap,
  displayKey,
  interfaceKey,
  InterfaceRegistry,
  suggest,
  UNNAMED,
} from './capture-interfaces';
import type { CaptureProgressInfo, CaptureRunResult, InterfaceMapping } from './capture-types';

/** Bytes read per slice. */
export const SLICE_BYTES = 1 << 20;
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
  const reader = createCaptureReader();
  let lastReport = 0;
  const report = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastReport < PROGRESS_MS) return;
    lastReport = now;
    hooks.onProgress?.({ bytes: reader.bytes, totalBytes: file.size, packets: reader.packets });
  };
  const take = (records: ReturnType<typeof reader.push>) => {
    for (const p of records) {
      registry.see(p);
      const key = p.nflog ? displayKey(p) : interfaceKey(p);
      if (!p.nflog && effective[key] === undefined) {
        effective[key] = suggest({ key, kind: kindOf(p, key) }, session.host);
        Object.assign(map, classifierMap({ [key]: effective[key] }));
      }
      columns.push(p, classifier.classify(applyMapping(p, key, effective)), key);
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
  for (let offset = 0; offset < file.size; offset += SLICE_BYTES) {
    const stop = hooks.stopped();
    if (stop) return finish(stop);
    const chunk = new Uint8Array(await file.slice(offset, offset + SLICE_BYTES).arrayBuffer());
    const stopAfter = hooks.stopped();
    if (stopAfter) return finish(stopAfter);
    take(reader.push(chunk));
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
