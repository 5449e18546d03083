/** Turns dropped or picked files into import inputs: text when it is UTF-8 text, else the bytes. */
import { isBinaryInput } from '../../import/index';
import type { ImportInput } from '../../state/machine-store';

/** One input per file; binary `ip rule/route save` files (and non-UTF-8 text) stay bytes. */
export async function filesToInputs(files: Iterable<File>): Promise<ImportInput[]> {
  const out: ImportInput[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (isBinaryInput(bytes)) {
      out.push({ name: f.name, bytes });
      continue;
    }
    try {
      out.push({ name: f.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch {
      out.push({ name: f.name, bytes });
    }
  }
  return out;
}

/** The offset of 1-based `line`, `column` in `text` (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  const end = text.indexOf('\n', at);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(at + Math.max(0, column - 1), lineEnd);
}
