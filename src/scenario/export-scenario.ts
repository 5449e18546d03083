/**
 * Every way a scenario leaves the simulator, behind one call for the web app and `rpdb export`:
 * the script that rebuilds it (optionally wrapped to run inside a fresh network namespace), or the
 * binary files of `ip rule save` and `ip route save` that `ip rule restore` / `ip route restore`
 * load on a real machine.
 */
import type { Family } from '../engine/ip';
import type { Session } from '../iproute2/context';
import { exportNetnsScript, netnsNameError } from './export-netns';
import { encodeRouteSave } from './export-save-route';
import { encodeRuleSave } from './export-save-rule';
import { exportScript } from './export-script';

/** The export formats. */
export type ExportFormat = 'script' | 'rule-save' | 'route-save';

/** The export formats, for menus and argument checks. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['script', 'rule-save', 'route-save'];

/** What to export. */
export interface ExportOptions {
  format: ExportFormat;
  /** `script` only: wrap the commands to run inside this new network namespace. */
  netns?: string;
  /**
   * `rule-save`: 4 (default, as `ip rule save`) or 6 (`ip -6 rule save`). `route-save`: 0 (default,
   * both families, as `ip route save table all`), 4 or 6.
   */
  family?: 0 | Family;
  /** `route-save`: one table id, or 'all' (default). */
  table?: number | 'all';
}

/** An exported file: its suggested name and media type, and its contents (text or bytes). */
export type ExportedFile =
  | { ok: true; filename: string; mime: string; text: string; bytes?: undefined }
  | { ok: true; filename: string; mime: string; bytes: Uint8Array; text?: undefined }
  | { ok: false; error: string };

/** Exports `session` in the chosen format; never throws (a bad option is `ok: false`). */
export function exportScenario(session: Session, opts: ExportOptions): ExportedFile {
  if (!EXPORT_FORMATS.includes(opts.format))
    return { ok: false, error: `Unknown export format "${String(opts.format)}"` };
  if (opts.netns !== undefined && opts.format !== 'script')
    return { ok: false, error: 'A namespace applies to the script format only' };
  if (opts.format === 'script') {
    if (opts.netns === undefined)
      return {
        ok: true,
        filename: 'scenario.sh',
        mime: 'text/x-shellscript',
        text: `#!/bin/sh -e\n${exportScript(session)}`,
      };
    const bad = netnsNameError(opts.netns);
    if (bad) return { ok: false, error: bad };
    return {
      ok: true,
      filename: `${opts.netns}.sh`,
      mime: 'text/x-shellscript',
      text: exportNetnsScript(session, opts.netns),
    };
  }
  const family = opts.family ?? (opts.format === 'rule-save' ? 4 : 0);
  if (opts.format === 'rule-save') {
    if (family === 0) return { ok: false, error: '`ip rule save` holds one family: choose 4 or 6' };
    return {
      ok: true,
      filename: family === 6 ? 'rules6.save' : 'rules.save',
      mime: 'application/octet-stream',
      bytes: encodeRuleSave(session.host, family),
    };
  }
  const table = opts.table ?? 'all';
  if (table !== 'all' && !(Number.isInteger(table) && table > 0 && table <= 0xffffffff))
    return { ok: false, error: `Invalid table id ${String(table)}` };
  const suffix = family === 0 ? '' : String(family);
  return {
    ok: true,
    filename: `routes${suffix}.save`,
    mime: 'application/octet-stream',
    bytes: encodeRouteSave(session.host, family, { table }),
  };
}
