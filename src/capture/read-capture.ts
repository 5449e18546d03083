/**
 * The async helper over a stream of chunks (a File's stream() in a Worker, fs.createReadStream
 * in Node): progress after every chunk, cancellation by AbortSignal, records handed on in batches.
 */
import { createCaptureReader, resultOf } from './capture-reader';
import type { CaptureResult, PacketRecord } from './types';

/** Progress so far: bytes consumed and packets decoded. */
export interface CaptureProgress {
  readonly bytes: number;
  readonly packets: number;
}

/** The part of AbortSignal read here (the pure build has no DOM lib to name AbortSignal). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** Bytes decoded at a time: a batch of records small enough to be collected young. */
export const PIECE = 1 << 16;

/** Options of readCapture. */
export interface ReadCaptureOptions {
  /** Called after every chunk. */
  readonly onProgress?: (p: CaptureProgress) => void;
  /** Receives the records of each chunk; when given, they are not also collected in the result. */
  readonly onRecords?: (records: PacketRecord[]) => void;
  /** Stops reading; the result then carries an "aborted" error at the byte reached. */
  readonly signal?: AbortSignalLike;
}

/** Reads a capture from an async stream of chunks; resolves (never rejects on bad input). */
export async function readCapture(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadCaptureOptions = {},
): Promise<CaptureResult> {
  const { onProgress, onRecords, signal } = options;
  const r = createCaptureReader();
  const kept: PacketRecord[] = [];
  const deliver = (recs: PacketRecord[]) => {
    if (recs.length === 0) return;
    if (onRecords) onRecords(recs);
    else for (const x of recs) kept.push(x);
  };
  const aborted = (): CaptureResult => ({
    ok: false,
    records: kept,
    error: { message: 'reading was aborted', offset: r.bytes },
  });
  if (signal?.aborted) return aborted();
  for await (const chunk of chunks) {
    if (signal?.aborted) return aborted();
    // Decoded in pieces, so each batch of records dies young (a 1 MiB chunk holds ~10,000).
    for (let at = 0; at < chunk.length; at += PIECE) deliver(r.push(chunk.subarray(at, at + PIECE)));
    onProgress?.({ bytes: r.bytes, packets: r.packets });
    // Stop pulling from the stream once the file is known to be bad.
    if (r.error) break;
  }
  if (signal?.aborted) return aborted();
  deliver(r.end());
  onProgress?.({ bytes: r.bytes, packets: r.packets });
  return resultOf(r, kept);
}
