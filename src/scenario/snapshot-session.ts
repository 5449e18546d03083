/**
 * A canonical text of a whole simulated machine (kernel state plus its /etc files), for tests that
 * assert "this command changed nothing".
 */
import type { Session } from '../iproute2/context';
import { canonicalValue, snapshotHost } from '../engine/snapshot';

/** The canonical multi-line text of `session`: the host, then every file by path, then any other field. */
export function snapshotSession(session: Session): string {
  const out = [snapshotHost(session.host).trimEnd()];
  for (const path of [...session.files.keys()].sort())
    out.push(`file ${path} ${JSON.stringify(session.files.get(path))}`);
  const rec = session as unknown as Record<string, unknown>;
  for (const k of Object.keys(rec).sort()) {
    if (k === 'host' || k === 'files' || typeof rec[k] === 'function') continue;
    out.push(`session ${k} ${canonicalValue(rec[k])}`);
  }
  return out.join('\n') + '\n';
}
