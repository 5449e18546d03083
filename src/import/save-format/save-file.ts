/**
 * The framing of an `ip rule save` / `ip route save` file, read as iproute2 6.1 reads it: the
 * magic check of rule_dump_check_magic / route_dump_check_magic, then rtnl_from_file
 * (lib/libnetlink.c), which reads one nlmsghdr, checks nlmsg_len and reads NLMSG_ALIGN(len - 16)
 * more bytes. Errors carry iproute2's own words, the byte offset and the message number.
 */
import {
  FAMILY_HDRLEN,
  NLMSG_HDRLEN,
  ROUTE_DUMP_MAGIC,
  RTNL_FROM_FILE_BUF,
  RULE_DUMP_MAGIC,
  align4,
} from '../../scenario/export-save-wire';

/** Which of the two save formats a file is. */
export type SaveKind = 'rule-save' | 'route-save';

/** A problem found at a place in the file: `message` is 1-based (0 = the magic), `offset` in bytes. */
export interface SaveFileIssue {
  offset: number;
  message: number;
  /** What iproute2 prints for it when it has words for it, otherwise a plain sentence. */
  text: string;
}

/** One framed message: where it starts, its header fields and its payload (after the nlmsghdr). */
export interface FramedMessage {
  offset: number;
  /** 1-based position in the file. */
  index: number;
  type: number;
  flags: number;
  /** The bytes after the nlmsghdr, nlmsg_len - 16 of them. */
  payload: Uint8Array;
}

/** The framing of a whole file: the messages read before the first error, and that error. */
export interface FramedFile {
  messages: FramedMessage[];
  error?: SaveFileIssue;
}

const MAGICS: Record<SaveKind, number> = { 'rule-save': RULE_DUMP_MAGIC, 'route-save': ROUTE_DUMP_MAGIC };

/** The kind of save file `bytes` is, from its magic; null when it is neither. */
export function detectSaveFile(bytes: Uint8Array): SaveKind | null {
  if (bytes.length < 4) return null;
  const magic = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  if (magic === RULE_DUMP_MAGIC) return 'rule-save';
  if (magic === ROUTE_DUMP_MAGIC) return 'route-save';
  return null;
}

/** Splits a save file of `kind` into messages, stopping at the first framing error. */
export function frameSaveFile(bytes: Uint8Array, kind: SaveKind): FramedFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // fread(&magic, 4, 1, stdin) leaves a short read's bytes in the zeroed magic.
  let magic = 0;
  for (let i = 0; i < Math.min(4, bytes.length); i++) magic |= bytes[i] << (8 * i);
  magic >>>= 0;
  if (magic !== MAGICS[kind]) {
    const elems = bytes.length >= 4 ? 1 : 0;
    return {
      messages: [],
      error: { offset: 0, message: 0, text: `Magic mismatch (${elems} elems, ${magic.toString(16)} magic)` },
    };
  }
  const messages: FramedMessage[] = [];
  let at = 4;
  for (let index = 1; at < bytes.length; index++) {
    if (bytes.length - at < NLMSG_HDRLEN)
      return { messages, error: { offset: at, message: index, text: 'rtnl-from_file: truncated message' } };
    const len = view.getUint32(at, true);
    if (len < NLMSG_HDRLEN || len > RTNL_FROM_FILE_BUF) {
      // ftell() after the header: the offset printed counts the magic.
      const shown = len > 0x7fffffff ? len - 0x100000000 : len;
      return {
        messages,
        error: {
          offset: at,
          message: index,
          text: `!!!malformed message: len=${shown} @${at + NLMSG_HDRLEN}`,
        },
      };
    }
    const bodyEnd = at + NLMSG_HDRLEN + align4(len - NLMSG_HDRLEN);
    if (bodyEnd > bytes.length)
      return { messages, error: { offset: at, message: index, text: 'rtnl-from_file: truncated message' } };
    messages.push({
      offset: at,
      index,
      type: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 6, true),
      payload: bytes.subarray(at + NLMSG_HDRLEN, at + len),
    });
    at = bodyEnd;
  }
  return { messages };
}

/** One attribute as parse_rtattr finds it: its type, payload and offset. */
export interface RawAttr {
  type: number;
  payload: Uint8Array;
  /** Offset of the attribute header inside the payload it was read from. */
  at: number;
}

/**
 * parse_rtattr_flags(): walks the attributes after a fixed header of `skip` bytes; a remainder
 * that is not a whole attribute is iproute2's `!!!Deficit N, rta_len=L` (returned, not fatal).
 * The first attribute of a type wins, as in tb[]; parse_rtattr() masks no flag bits of the type.
 * Attributes come back in file order.
 */
export function parseAttrs(
  payload: Uint8Array,
  skip = FAMILY_HDRLEN,
): { attrs: RawAttr[]; deficit?: string } {
  const attrs: RawAttr[] = [];
  // Types below 31 (all FRA_* and RTA_* in use) in a bit mask; a Set only for others.
  let seenLow = 0;
  let seenHigh: Set<number> | undefined;
  let at = skip;
  let len = payload.length - skip;
  while (len >= 4) {
    const rtaLen = payload[at] | (payload[at + 1] << 8);
    if (rtaLen < 4 || rtaLen > len) break;
    const type = payload[at + 2] | (payload[at + 3] << 8);
    const fresh = type < 31 ? !(seenLow & (1 << type)) : !seenHigh?.has(type);
    if (fresh) {
      if (type < 31) seenLow |= 1 << type;
      else (seenHigh ??= new Set()).add(type);
      attrs.push({ type, payload: payload.subarray(at + 4, at + rtaLen), at });
    }
    const step = align4(rtaLen);
    len -= step;
    at += step;
  }
  if (len !== 0) {
    // RTA_NEXT may step past the end (len < 0); rta_len is then read beyond it (0 here).
    const rtaLen = len >= 2 ? payload[at] | (payload[at + 1] << 8) : 0;
    return { attrs, deficit: `!!!Deficit ${len}, rta_len=${rtaLen}` };
  }
  return { attrs };
}
