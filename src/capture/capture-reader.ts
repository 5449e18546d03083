/**
 * The push-style reader: feed it chunks of any size, get the packets completed by each chunk.
 * It picks pcap or pcapng from the first four bytes and holds only the unfinished record.
 */
import { ByteQueue } from './byte-queue';
import { PCAP_MAGIC_NS, PCAP_MAGIC_US, PcapReader } from './pcap-reader';
import { BLOCK, PcapngReader } from './pcapng-reader';
import type { CaptureError, CaptureFormat, CaptureResult, PacketRecord } from './types';

/** A streaming capture decoder. */
export interface CaptureReader {
  /** Queues a chunk and returns the packets it completed; nothing more once an error is met. */
  push(chunk: Uint8Array): PacketRecord[];
  /** Signals the end of input; returns the last packets (none: every complete one was returned). */
  end(): PacketRecord[];
  /** The error met so far, or null. */
  readonly error: CaptureError | null;
  /** The detected format, once four bytes were seen. */
  readonly format: CaptureFormat | null;
  /** Bytes pushed so far and packets returned so far. */
  readonly bytes: number;
  readonly packets: number;
}

/** Creates a streaming reader for a pcap or pcapng file. */
export function createCaptureReader(): CaptureReader {
  const q = new ByteQueue();
  let reader: PcapReader | PcapngReader | null = null;
  let format: CaptureFormat | null = null;
  let error: CaptureError | null = null;
  let ended = false;
  let bytes = 0;
  let packets = 0;

  const pump = (): PacketRecord[] => {
    const out: PacketRecord[] = [];
    if (error) return out;
    if (!reader) {
      const m = q.peek(4);
      if (!m) return out;
      const v = new DataView(m.buffer, m.byteOffset, 4);
      const be = v.getUint32(0, false);
      const le = v.getUint32(0, true);
      if (be === BLOCK.SHB) {
        reader = new PcapngReader();
        format = 'pcapng';
      } else if ([PCAP_MAGIC_US, PCAP_MAGIC_NS].includes(be) || [PCAP_MAGIC_US, PCAP_MAGIC_NS].includes(le)) {
        reader = new PcapReader();
        format = 'pcap';
      } else {
        const hint = m[0] === 0x1f && m[1] === 0x8b ? ' (gzip-compressed: decompress it first)' : '';
        error = {
          message: `not a pcap or pcapng file: magic 0x${be.toString(16).padStart(8, '0')}${hint}`,
          offset: 0,
        };
        return out;
      }
    }
    error = reader.pump(q, out);
    packets += out.length;
    return out;
  };

  return {
    push(chunk) {
      if (ended || error) return [];
      bytes += chunk.length;
      q.push(chunk);
      return pump();
    },
    end() {
      if (ended) return [];
      ended = true;
      const out = pump();
      if (!error) {
        error = reader
          ? reader.finish(q)
          : { message: `file of ${q.available} bytes is too short for a magic number`, offset: 0 };
      }
      return out;
    },
    get error() {
      return error;
    },
    get format() {
      return format;
    },
    get bytes() {
      return bytes;
    },
    get packets() {
      return packets;
    },
  };
}

/** Reads a whole capture held in memory (tests, small files): every record and the outcome. */
export function readCaptureBytes(bytes: Uint8Array): CaptureResult {
  const r = createCaptureReader();
  const records = [...r.push(bytes), ...r.end()];
  return resultOf(r, records);
}

/** The CaptureResult of a reader that has ended, with the records it returned. */
export function resultOf(r: CaptureReader, records: PacketRecord[]): CaptureResult {
  return r.error ? { ok: false, records, error: r.error } : { ok: true, records, format: r.format! };
}
