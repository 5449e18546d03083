/**
 * The binary files of `ip rule save` and `ip route save` (iproute2 6.1): detect, decode, encode.
 *
 * A save file is a 4-byte magic (0x71706986 rules, 0x45311224 routes, little-endian) followed by
 * the kernel's dump messages as they came off the netlink socket. Decoding frames the file as
 * rtnl_from_file does, turns each message into the engine's RuleMessage / RouteMessage, and
 * (on request) into `ip rule ...` / `ip route ...` commands that `rpdb run` accepts. It never
 * throws: a truncated or corrupt file gives `ok: false` with an error located by byte offset and
 * message number (in iproute2's words where it has some), plus everything decoded before it.
 * Encoding writes what the real `ip rule save` / `ip route save` would write from a simulated
 * host; the real `ip rule restore` / `ip route restore` accept those files.
 *
 * Used by the importer (src/import), the `rpdb export` command and the web app.
 */
import type { RouteMessage, RuleMessage } from '../../engine/netlink';
import type { Session } from '../../iproute2/context';
import { decodeRouteMessage } from './decode-route';
import type { DecodedOne } from './decode-header';
import { decodeRuleMessage } from './decode-rule';
import { frameSaveFile, type SaveFileIssue, type SaveKind } from './save-file';
import { routesToCommands, rulesToCommands } from './to-commands';

export { detectSaveFile, type SaveFileIssue, type SaveKind } from './save-file';
export { encodeRuleSave } from '../../scenario/export-save-rule';
export { encodeRouteSave, type RouteSaveFilter } from '../../scenario/export-save-route';
export { restoreRoutes, restoreRules, restorePass, type RestoreResult } from './restore';
export { routesToCommands, rulesToCommands } from './to-commands';

/** Options of the decoders. */
export interface DecodeOptions {
  /**
   * Also produce `commands` (default true). They are computed by restoring the messages on a copy
   * of `base`, so this costs a scratch machine; turn it off to get the messages alone.
   */
  commands?: boolean;
  /**
   * The machine the commands are meant for (default: a fresh one). Route files name devices
   * by ifindex only: `base` must have links with the saved ifindexes (import `ip link` first).
   */
  base?: Session;
}

/** What decoding a save file gives. */
export interface SaveDecoded<M> {
  /** True when the whole file decoded and (with commands) restored without a refusal. */
  ok: boolean;
  kind: SaveKind;
  /** The messages decoded before the first error, in file order. */
  messages: M[];
  /** Script text, one command per line (empty when `commands: false`). */
  commands: string;
  /** The first error: framing, a message that cannot be decoded, or a message the host refused. */
  error?: SaveFileIssue;
  /** Non-fatal remarks iproute2 also prints (`!!!Deficit ...`), located. */
  warnings: SaveFileIssue[];
}

function decodeFile<M>(
  bytes: Uint8Array,
  kind: SaveKind,
  decodeOne: (m: ReturnType<typeof frameSaveFile>['messages'][number]) => DecodedOne<M>,
): Omit<SaveDecoded<M>, 'commands'> & { offsets: { offset: number; index: number }[] } {
  const framed = frameSaveFile(bytes, kind);
  const messages: M[] = [];
  const offsets: { offset: number; index: number }[] = [];
  const warnings: SaveFileIssue[] = [];
  for (const m of framed.messages) {
    // rtnetlink_rcv_msg acks a message too short to hold a family byte without looking at it.
    if (m.payload.length === 0) {
      warnings.push({
        offset: m.offset,
        message: m.index,
        text: 'empty message (nlmsg_len 16), ignored by the kernel',
      });
      continue;
    }
    const d = decodeOne(m);
    if (!d.ok)
      return {
        ok: false,
        kind,
        messages,
        offsets,
        warnings,
        error: { offset: m.offset, message: m.index, text: d.text },
      };
    if (d.warning) warnings.push({ offset: m.offset, message: m.index, text: d.warning });
    messages.push(d.value);
    offsets.push({ offset: m.offset, index: m.index });
  }
  return { ok: !framed.error, kind, messages, offsets, warnings, error: framed.error };
}

function finish<M>(
  d: ReturnType<typeof decodeFile<M>>,
  opts: DecodeOptions,
  toCommands: (msgs: M[], base?: Session) => ReturnType<typeof rulesToCommands>,
): SaveDecoded<M> {
  const { offsets, ...rest } = d;
  if (opts.commands === false) return { ...rest, commands: '' };
  const c = toCommands(d.messages, opts.base);
  const refused = c.restore.error;
  if (refused && !d.error) {
    const at = offsets[refused.index];
    return {
      ...rest,
      ok: false,
      commands: c.commands,
      error: { offset: at.offset, message: at.index, text: refused.text },
    };
  }
  return { ...rest, commands: c.commands };
}

/** Decodes the bytes of `ip [-6] rule save`. */
export function decodeRuleSave(bytes: Uint8Array, opts: DecodeOptions = {}): SaveDecoded<RuleMessage> {
  return finish(decodeFile(bytes, 'rule-save', decodeRuleMessage), opts, rulesToCommands);
}

/** Decodes the bytes of `ip [-6] route save`. */
export function decodeRouteSave(bytes: Uint8Array, opts: DecodeOptions = {}): SaveDecoded<RouteMessage> {
  return finish(decodeFile(bytes, 'route-save', decodeRouteMessage), opts, routesToCommands);
}
