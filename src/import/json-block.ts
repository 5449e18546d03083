/** Parsing the JSON of `ip -j ...` output with a located warning instead of an exception. */
import type { Block, SourceLoc } from './types';
import { at, type Warnings } from './warnings';

/** A JSON object of a block with where it starts. */
export interface JsonObject {
  o: Record<string, unknown>;
  loc: SourceLoc;
}

/** Where each top-level element (depth 1 of an array, or a bare object) starts. */
function elementStarts(b: Block): SourceLoc[] {
  const out: SourceLoc[] = [];
  let depth = 0;
  let inString = false;
  b.lines.forEach((line, li) => {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '[' || c === '{') {
        if (c === '{' && depth <= 1) out.push(at(b.file, b.firstLine + li, i + 1));
        depth++;
      } else if (c === ']' || c === '}') depth--;
    }
  });
  return out;
}

/** True when the block's first non-blank line starts a JSON value. */
export function isJsonBlock(b: Block): boolean {
  const first = b.lines.find((l) => l.trim() !== '');
  return first !== undefined && /^\s*[[{]/.test(first);
}

/** The objects of a `-j` block (an array, or several arrays one after another); [] on error. */
export function parseJsonObjects(b: Block, warnings: Warnings): JsonObject[] {
  const text = b.lines.join('\n');
  const out: JsonObject[] = [];
  const starts = elementStarts(b);
  try {
    // `ip -j` prints one array per command; pastes may hold several: `][` joins them.
    const joined = `[${text.trim().replace(/\]\s*\[/g, '],[')}]`;
    const values = JSON.parse(joined) as unknown[];
    for (const v of values) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items)
        if (item && typeof item === 'object' && !Array.isArray(item))
          out.push({
            o: item as Record<string, unknown>,
            loc: starts[out.length] ?? at(b.file, b.firstLine),
          });
        else
          warnings.add(
            at(b.file, b.firstLine),
            `JSON item is not an object: ${JSON.stringify(item)?.slice(0, 60)}`,
          );
    }
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    let line = b.firstLine;
    let column = 1;
    if (m) {
      // Position in `joined`: one extra "[" in front.
      const pos = Math.max(0, Number(m[1]) - 1);
      const before = text.slice(0, pos).split('\n');
      line = b.firstLine + before.length - 1;
      column = before[before.length - 1].length + 1;
    }
    warnings.add(at(b.file, line, column), `invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out;
}

/** A JSON scalar as the word ip prints for it. */
export function word(v: unknown): string {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);
}
