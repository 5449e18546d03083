/**
 * The share link: a whole scenario in a URL fragment, which never reaches a server.
 *
 * Encoding (`encodeShareFragment`):
 *  1. Take the script text exactly as written (line endings included).
 *  2. Encode it as UTF-8.
 *  3. Compress the bytes with raw DEFLATE (RFC 1951: no zlib or gzip header), level 9.
 *  4. Encode the compressed bytes as base64url (RFC 4648 §5) without `=` padding.
 *  5. Write `s=<that text>`.
 *  6. If a probe is selected, append `&p=<its ip route get arguments, encodeURIComponent-encoded>`
 *     (the words after `ip route get`, e.g. `192.0.2.25 mark 1` → `192.0.2.25%20mark%201`).
 *  7. The fragment is `#` followed by that text.
 *
 * Decoding (`decodeShareFragment`) reverses each step and refuses, with a sentence a person can
 * act on, anything that is not exactly that: a fragment longer than MAX_FRAGMENT_CHARS, unknown
 * or repeated keys, characters outside base64url, DEFLATE data that is corrupt or inflates past
 * MAX_SCRIPT_BYTES (a "zip bomb"), bytes that are not well-formed UTF-8, control characters other
 * than tab, CR and LF, and a probe that is not one line of printable text. It never throws.
 *
 * This is the documented, stable form: links made by any version must keep loading (see the
 * frozen links in share-link.test.ts). A new form would get a new key, never a new meaning for `s`.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeUtf8, encodeUtf8 } from './utf8';

/** Longest fragment accepted (characters after `#`); Chromium allows 2 MB URLs. */
export const MAX_FRAGMENT_CHARS = 1_000_000;
/** Largest script a link may inflate to (bytes of UTF-8). */
export const MAX_SCRIPT_BYTES = 512 * 1024;
/** Longest probe argument text accepted. */
export const MAX_PROBE_CHARS = 1000;
/** Links longer than this are cut by chat apps; the UI warns and offers a file instead. */
export const COMFORTABLE_LINK_CHARS = 2000;

/** What a share link carries. */
export interface SharedScenario {
  script: string;
  /** The selected probe's `ip route get` arguments, if any. */
  probe?: string;
}

/** A decoded link, or why it could not be. */
export type DecodeResult = { ok: true; value: SharedScenario } | { ok: false; error: string };

/** The fragment (with its leading `#`) that carries `scenario`. */
export function encodeShareFragment(scenario: SharedScenario): string {
  const packed = encodeBase64url(deflateSync(encodeUtf8(scenario.script), { level: 9 }));
  const probe = scenario.probe?.trim();
  return `#s=${packed}${probe ? `&p=${encodeURIComponent(probe)}` : ''}`;
}

/** True when a location hash looks like a share link (has an `s=` part), broken or not. */
export function isShareFragment(hash: string): boolean {
  return /^#?(?:.*&)?s=/.test(hash);
}

/** Decodes a location hash (`#s=...&p=...`, leading `#` optional). */
export function decodeShareFragment(hash: string): DecodeResult {
  const fail = (error: string): DecodeResult => ({ ok: false, error });
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_FRAGMENT_CHARS)
    return fail(`The link is too long (${body.length} characters; at most ${MAX_FRAGMENT_CHARS}).`);
  const parts = new Map<string, string>();
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key !== 's' && key !== 'p') return fail(`The link has an unknown part "${clip(key)}".`);
    if (parts.has(key)) return fail(`The link has "${key}=" twice.`);
    parts.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  const packed = parts.get('s');
  if (!packed) return fail('The link has no scenario (s=).');
  const bytes = decodeBase64url(packed);
  if (!bytes) return fail('The link is damaged: its scenario is not base64url text.');
  const raw = inflateLimited(bytes);
  if (raw === 'corrupt') return fail('The link is damaged: its scenario does not decompress.');
  if (raw === 'too-big')
    return fail(`The link's scenario is too large (more than ${MAX_SCRIPT_BYTES / 1024} KiB).`);
  const script = decodeUtf8(raw);
  if (script === null) return fail('The link is damaged: its scenario is not UTF-8 text.');
  if (hasControlCharacters(script, true))
    return fail('The link is damaged: its scenario contains control characters.');
  const value: SharedScenario = { script };
  const p = parts.get('p');
  if (p !== undefined) {
    let probe: string;
    try {
      probe = decodeURIComponent(p);
    } catch {
      return fail('The link is damaged: its probe is not URL-encoded text.');
    }
    if (probe.length > MAX_PROBE_CHARS || hasControlCharacters(probe, false))
      return fail('The link\'s probe is not one line of "ip route get" arguments.');
    if (probe.trim()) value.probe = probe.trim().replace(/^ip\s+(?:-\S+\s+)*r\S*\s+g\S*\s+/, '');
  }
  return { ok: true, value };
}

/** Inflates raw DEFLATE into at most MAX_SCRIPT_BYTES, without ever allocating more. */
function inflateLimited(bytes: Uint8Array): Uint8Array | 'corrupt' | 'too-big' {
  if (bytes.length === 0) return 'corrupt';
  try {
    // One byte of head room tells "exactly the limit" from "over it": fflate stops at the end
    // of a caller-given buffer instead of growing it.
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_SCRIPT_BYTES + 1) });
    return out.length > MAX_SCRIPT_BYTES ? 'too-big' : out;
  } catch {
    return 'corrupt';
  }
}

/** True when `s` has C0 control characters or DEL (tab, and with `lines` CR and LF, excepted). */
export function hasControlCharacters(s: string, lines: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && !(c === 9 || (lines && (c === 10 || c === 13))))) return true;
  }
  return false;
}

function clip(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}
