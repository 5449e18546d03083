/**
 * Classic pcap (libpcap's sf-pcap.c; draft-ietf-opsawg-pcap): a 24-byte file header whose magic
 * gives the byte order and the timestamp unit, then records of a 16-byte header and the bytes.
 */
import type { ByteQueue } from './byte-queue';
import { decodeFrame, type FrameMeta } from './decode-packet';
import type { CaptureError, PacketRecord } from './types';

/** TCPDUMP_MAGIC (microseconds) and NSEC_TCPDUMP_MAGIC (nanoseconds) as read big-endian. */
export const PCAP_MAGIC_US = 0xa1b2c3d4;
export const PCAP_MAGIC_NS = 0xa1b23c4d;

/** A record longer than this is taken as corruption, not a packet (libpcap allows 256 KiB). */
export const MAX_RECORD = 64 * 1024 * 1024;

/** A record's 32-bit field at `o` of `h` in the file's byte order. */
function u32(h: Uint8Array, o: number, le: boolean): number {
  return le
    ? (h[o] | (h[o + 1] << 8) | (h[o + 2] << 16) | (h[o + 3] << 24)) >>> 0
    : ((h[o] << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) >>> 0;
}

/** Classic pcap names no interface: every record shares this empty one. */
const NO_INTERFACE = Object.freeze({});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads classic pcap from a ByteQueue, a record at a time. */
export class PcapReader {
  private littleEndian = false;
  private nanos = false;
  private linkType = -1;
  private packets = 0;
  private second = -1;
  private secondNs = 0n;
  /** One FrameMeta for every record (decodePacket copies what it keeps). */
  private readonly meta: Mutable<FrameMeta> = {
    index: 0,
    timestampNs: 0n,
    linkType: -1,
    interface: NO_INTERFACE,
    capturedLength: 0,
    length: 0,
    littleEndian: false,
  };

  /** Decodes every complete record queued; returns an error when the bytes are malformed. */
  pump(q: ByteQueue, out: PacketRecord[]): CaptureError | null {
    if (this.linkType < 0) {
      const h = q.peek(24);
      if (!h) return null;
      const err = this.readHeader(h, q.offset);
      if (err) return err;
      q.skip(24);
    }
    const le = this.littleEndian;
    for (;;) {
      // The record header is read in place when its chunk holds it (nearly always), else copied.
      let h = q.current;
      let o = q.position;
      if (h === null || h.length - o < 16) {
        h = q.peek(16);
        if (!h) return null;
        o = 0;
      }
      const incl = u32(h, o + 8, le);
      if (incl > MAX_RECORD) {
        return {
          message: `record length ${incl} is larger than ${MAX_RECORD} bytes: the file is corrupt`,
          offset: q.offset,
          packet: this.packets + 1,
        };
      }
      if (q.available < 16 + incl) return null;
      const sec = u32(h, o, le);
      const frac = u32(h, o + 4, le);
      const orig = u32(h, o + 12, le);
      q.skip(16);
      const data = q.takeSpan(incl);
      const start = q.spanStart;
      this.packets++;
      // Packets of the same second share the BigInt of its start.
      if (sec !== this.second) {
        this.second = sec;
        this.secondNs = BigInt(sec) * 1_000_000_000n;
      }
      const meta = this.meta;
      meta.index = this.packets;
      meta.timestampNs = this.secondNs + BigInt(this.nanos ? frac : frac * 1000);
      meta.capturedLength = incl;
      meta.length = orig;
      out.push(decodeFrame(meta, data, start, start + incl));
    }
  }

  /** At the end of input: leftover bytes are a record cut short. */
  finish(q: ByteQueue): CaptureError | null {
    if (q.available === 0 && this.linkType >= 0) return null;
    if (this.linkType < 0) {
      return {
        message: `file ends inside the 24-byte pcap file header (${q.available} bytes)`,
        offset: q.offset,
      };
    }
    const h = q.peek(Math.min(16, q.available))!;
    const need =
      h.length < 16
        ? '16-byte record header'
        : `${new DataView(h.buffer, h.byteOffset, 16).getUint32(8, this.littleEndian)} bytes of packet data`;
    return {
      message: `file ends inside a record: ${q.available} bytes left, needs the ${need}`,
      offset: q.offset,
      packet: this.packets + 1,
    };
  }

  private readHeader(h: Uint8Array, offset: number): CaptureError | null {
    const v = new DataView(h.buffer, h.byteOffset, 24);
    const be = v.getUint32(0, false);
    const le = v.getUint32(0, true);
    if (be === PCAP_MAGIC_US || be === PCAP_MAGIC_NS) this.littleEndian = false;
    else if (le === PCAP_MAGIC_US || le === PCAP_MAGIC_NS) this.littleEndian = true;
    else return { message: `bad pcap magic 0x${be.toString(16).padStart(8, '0')}`, offset };
    this.nanos = (this.littleEndian ? le : be) === PCAP_MAGIC_NS;
    const major = v.getUint16(4, this.littleEndian);
    if (major !== 2)
      return {
        message: `unsupported pcap version ${major}.${v.getUint16(6, this.littleEndian)}`,
        offset: offset + 4,
      };
    // LT_LINKTYPE(): the top bits of the field hold the FCS length (pcap-common.h).
    this.linkType = v.getUint32(20, this.littleEndian) & 0x03ffffff;
    this.meta.linkType = this.linkType;
    this.meta.littleEndian = this.littleEndian;
    return null;
  }
}
