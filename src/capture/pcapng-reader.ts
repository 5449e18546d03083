/**
 * pcapng (draft-ietf-opsawg-pcapng): blocks of type, total length, body, total length again.
 * Each Section Header Block sets the byte order and starts a new interface table; packets come
 * in Enhanced (6), Simple (3) and obsolete Packet (2) blocks; unknown blocks are skipped.
 */
import type { ByteQueue } from './byte-queue';
import { decodePacket } from './decode-packet';
import { optionText, parseOptions, timestampToNs, type PcapngOption } from './pcapng-options';
import type { CaptureError, CaptureInterface, PacketRecord } from './types';

/** Block type numbers of the pcapng specification, section 11.1. */
export const BLOCK = { SHB: 0x0a0d0d0a, IDB: 1, PB: 2, SPB: 3, NRB: 4, ISB: 5, EPB: 6, DSB: 10 } as const;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
/** A block larger than this is taken as corruption (Wireshark's limit is 16 MiB for packets). */
export const MAX_BLOCK = 64 * 1024 * 1024;

interface Iface {
  linkType: number;
  snaplen: number;
  tsresol: number;
  tsoffset: bigint;
  info: CaptureInterface;
}

/** The name of a block type for messages. */
export function blockName(type: number): string {
  const e = Object.entries(BLOCK).find(([, v]) => v === type);
  return e ? e[0] : `0x${type.toString(16).padStart(8, '0')}`;
}

/** Reads pcapng from a ByteQueue, a block at a time. */
export class PcapngReader {
  private le = true;
  private inSection = false;
  private ifaces: Iface[] = [];
  private packets = 0;

  /** Decodes every complete block queued; returns an error when the bytes are malformed. */
  pump(q: ByteQueue, out: PacketRecord[]): CaptureError | null {
    for (;;) {
      const h = q.peek(12);
      if (!h) return null;
      const v = new DataView(h.buffer, h.byteOffset, 12);
      let type = v.getUint32(0, this.le);
      const at = q.offset;
      if (v.getUint32(0, true) === BLOCK.SHB) {
        type = BLOCK.SHB;
        const bom = v.getUint32(8, true);
        if (bom === BYTE_ORDER_MAGIC) this.le = true;
        else if (bom === 0x4d3c2b1a) this.le = false;
        else
          return {
            message: `bad byte-order magic 0x${bom.toString(16)} in section header`,
            offset: at + 8,
            block: 'SHB',
          };
      } else if (!this.inSection) {
        return {
          message: `file does not start with a section header (block type ${blockName(type)})`,
          offset: at,
        };
      }
      const len = v.getUint32(4, this.le);
      if (len < 12 || len % 4 !== 0 || len > MAX_BLOCK) {
        return {
          message: `bad block length ${len}`,
          offset: at + 4,
          block: blockName(type),
          ...this.nextPacket(type),
        };
      }
      if (q.available < len) return null;
      const b = q.take(len)!;
      const bv = new DataView(b.buffer, b.byteOffset, len);
      if (bv.getUint32(len - 4, this.le) !== len) {
        return {
          message: `trailing block length ${bv.getUint32(len - 4, this.le)} differs from ${len}`,
          block: blockName(type),
          offset: at + len - 4,
        };
      }
      const err = this.block(type, b, bv, at, out);
      if (err) return err;
    }
  }

  /** At the end of input: leftover bytes are a block cut short. */
  finish(q: ByteQueue): CaptureError | null {
    if (q.available === 0) return this.inSection ? null : { message: 'empty file', offset: q.offset };
    const h = q.peek(Math.min(8, q.available))!;
    const type = h.length >= 4 ? new DataView(h.buffer, h.byteOffset, 4).getUint32(0, this.le) : -1;
    return {
      message: `file ends inside a block: ${q.available} bytes left`,
      offset: q.offset,
      ...(type >= 0 ? { block: blockName(type), ...this.nextPacket(type) } : {}),
    };
  }

  private nextPacket(type: number): { packet?: number } {
    return type === BLOCK.EPB || type === BLOCK.SPB || type === BLOCK.PB ? { packet: this.packets + 1 } : {};
  }

  private block(
    type: number,
    b: Uint8Array,
    v: DataView,
    at: number,
    out: PacketRecord[],
  ): CaptureError | null {
    const le = this.le;
    const fail = (message: string, off: number, packet?: number): CaptureError => ({
      message,
      offset: at + off,
      block: blockName(type),
      ...(packet !== undefined ? { packet } : {}),
    });
    const opts = (from: number, packet?: number): PcapngOption[] | CaptureError => {
      const r = parseOptions(b.subarray(0, b.length - 4), from, le);
      return Array.isArray(r) ? r : fail(r.fault, r.at, packet);
    };
    switch (type) {
      case BLOCK.SHB: {
        if (b.length < 28) return fail(`section header of ${b.length} bytes is shorter than 28`, 4);
        const major = v.getUint16(12, le);
        if (major !== 1) return fail(`unsupported pcapng version ${major}.${v.getUint16(14, le)}`, 12);
        const o = opts(24);
        if (!Array.isArray(o)) return o;
        this.inSection = true;
        this.ifaces = [];
        return null;
      }
      case BLOCK.IDB: {
        if (b.length < 20) return fail(`interface description of ${b.length} bytes is shorter than 20`, 4);
        const o = opts(16);
        if (!Array.isArray(o)) return o;
        const info: { -readonly [K in keyof CaptureInterface]: CaptureInterface[K] } = {
          id: this.ifaces.length,
        };
        const iface: Iface = {
          linkType: v.getUint16(8, le),
          snaplen: v.getUint32(12, le),
          tsresol: 6,
          tsoffset: 0n,
          info,
        };
        for (const { code, value } of o) {
          const ov = new DataView(value.buffer, value.byteOffset, value.length);
          if (code === 2) info.name = optionText(value);
          else if (code === 3) info.description = optionText(value);
          else if (code === 9 && value.length >= 1) iface.tsresol = value[0];
          else if (code === 14 && value.length >= 8) iface.tsoffset = ov.getBigInt64(0, le);
        }
        this.ifaces.push(iface);
        return null;
      }
      case BLOCK.EPB:
      case BLOCK.PB: {
        const packet = ++this.packets;
        if (b.length < 32) return fail(`packet block of ${b.length} bytes is shorter than 32`, 4, packet);
        const id = type === BLOCK.EPB ? v.getUint32(8, le) : v.getUint16(8, le);
        const iface = this.ifaces[id];
        if (!iface)
          return fail(`packet refers to interface ${id}, the section has ${this.ifaces.length}`, 8, packet);
        const ts = (BigInt(v.getUint32(12, le)) << 32n) | BigInt(v.getUint32(16, le));
        const cap = v.getUint32(20, le);
        const orig = v.getUint32(24, le);
        if (28 + cap > b.length - 4) return fail(`captured length ${cap} runs past the block`, 20, packet);
        const o = opts(28 + ((cap + 3) & ~3), packet);
        if (!Array.isArray(o)) return o;
        const comments = o.filter((x) => x.code === 1).map((x) => optionText(x.value));
        // epb_flags / pack_flags (code 2): bits 0-1 are the direction, 01 inbound, 10 outbound.
        const flags = o.find((x) => x.code === 2 && x.value.length >= 4);
        const dir = flags
          ? new DataView(flags.value.buffer, flags.value.byteOffset, 4).getUint32(0, le) & 3
          : 0;
        out.push(
          decodePacket(
            {
              index: packet,
              timestampNs: timestampToNs(ts, iface.tsresol, iface.tsoffset),
              linkType: iface.linkType,
              interface: iface.info,
              capturedLength: cap,
              length: orig,
              ...(comments.length ? { comments } : {}),
              ...(dir === 1
                ? { flagsDirection: 'inbound' as const }
                : dir === 2
                  ? { flagsDirection: 'outbound' as const }
                  : {}),
              littleEndian: le,
            },
            b.subarray(28, 28 + cap),
          ),
        );
        return null;
      }
      case BLOCK.SPB: {
        const packet = ++this.packets;
        if (b.length < 16)
          return fail(`simple packet block of ${b.length} bytes is shorter than 16`, 4, packet);
        const iface = this.ifaces[0];
        if (!iface) return fail('simple packet block in a section without an interface', 8, packet);
        const orig = v.getUint32(8, le);
        // The captured length is implied: the original length cut to the snap length and block.
        const cap = Math.min(orig, iface.snaplen || Infinity, b.length - 16);
        out.push(
          decodePacket(
            {
              index: packet,
              timestampNs: null,
              linkType: iface.linkType,
              interface: iface.info,
              capturedLength: cap,
              length: orig,
              littleEndian: le,
            },
            b.subarray(12, 12 + cap),
          ),
        );
        return null;
      }
      default:
        // NRB, ISB, DSB, custom and unknown blocks carry nothing a routing lookup needs.
        return null;
    }
  }
}
