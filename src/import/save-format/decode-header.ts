/**
 * What rule and route messages of a save file share: struct rtmsg and struct fib_rule_hdr are
 * both 12 bytes with family, dst_len, src_len, tos and table first and a u32 of flags last, and
 * both are refused the same way before their attributes are read.
 */
import { AF_INET, AF_INET6 } from '../../engine/ip';
import { FAMILY_HDRLEN } from '../../scenario/export-save-wire';
import type { FramedMessage } from './save-file';

/** A decoded message or why it cannot be restored; `warning` is iproute2's non-fatal remark. */
export type DecodedOne<T> = { ok: true; value: T; warning?: string } | { ok: false; text: string };

/** How one kind of message is named in errors, and its nlmsg types. */
export interface HeaderKind {
  /** `route` or `rule`. */
  what: string;
  /** `rtmsg` or `fib_rule_hdr`. */
  header: string;
  /** RTM_NEWROUTE / RTM_NEWRULE, and their DEL twins (also accepted). */
  newType: number;
  newName: string;
  delType: number;
}

/** The header's family (inet or inet6) and flags, or why the message cannot be one of `kind`. */
export function readHeader(
  m: FramedMessage,
  kind: HeaderKind,
): { ok: true; family: number; flags: number } | { ok: false; text: string } {
  if (m.type !== kind.newType && m.type !== kind.delType)
    return {
      ok: false,
      text: `nlmsg_type ${m.type} is not a ${kind.what} message (${kind.newName} is ${kind.newType})`,
    };
  const p = m.payload;
  if (p.length < FAMILY_HDRLEN)
    return { ok: false, text: `${kind.header} needs 12 bytes, the message has ${p.length}` };
  const family = p[0];
  if (family !== AF_INET && family !== AF_INET6)
    return { ok: false, text: `${kind.what} family ${family} is neither inet (2) nor inet6 (10)` };
  return { ok: true, family, flags: (p[8] | (p[9] << 8) | (p[10] << 16) | (p[11] << 24)) >>> 0 };
}

/** The decoded message, refused when a prefix is longer than the family allows. */
export function withPrefixCheck<T extends { family: number; dstLen: number; srcLen: number }>(
  msg: T,
  deficit: string | undefined,
): DecodedOne<T> {
  const max = msg.family === AF_INET ? 32 : 128;
  if (msg.dstLen > max || msg.srcLen > max)
    return { ok: false, text: `prefix length ${Math.max(msg.dstLen, msg.srcLen)} is longer than ${max}` };
  return deficit ? { ok: true, value: msg, warning: deficit } : { ok: true, value: msg };
}
