/**
 * Splits one input text into blocks of one kind each: by the section headers of a snapshot file
 * or `$ CMD` prompts when present, otherwise by what each line looks like, so a paste of several
 * outputs one after another (say `ip rule show` then `ip -6 rule show`) is understood.
 */
import { headerCommand, headerKind, lineKind } from './detect-line';
import type { Block, BlockKind } from './types';
import { at, type Warnings } from './warnings';

const MULTILINE: ReadonlySet<BlockKind> = new Set(['links', 'routes', 'routes6', 'networkd', 'nm']);
const INI: ReadonlySet<BlockKind> = new Set(['networkd', 'nm']);

/** Bracket depth change of a JSON line, ignoring brackets inside strings. */
function jsonDepth(line: string, depth: number): number {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** The blocks of `text` (named `file` in warnings); lines that fit no block get a warning. */
export function splitBlocks(file: string, text: string, warnings: Warnings): Block[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];
  let explicit: BlockKind | null | undefined;
  let cur: Block | undefined;
  let depth = 0;
  let lastPref = -1;
  const open = (kind: BlockKind, lineNo: number): Block => {
    cur = { kind, file, firstLine: lineNo, lines: [], auto: explicit === undefined };
    blocks.push(cur);
    lastPref = -1;
    depth = 0;
    return cur;
  };
  const push = (b: Block, line: string) => {
    b.lines.push(line);
    if (b.kind === 'json') depth = jsonDepth(line, depth);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const n = i + 1;
    const h = cur?.kind === 'json' && depth > 0 ? undefined : headerKind(line);
    if (h !== undefined) {
      explicit = h;
      cur = h === null ? undefined : open(h, n + 1);
      if (cur) cur.command = headerCommand(line);
      continue;
    }
    if (explicit) {
      // Inside a section: every line is its command's output, blank lines included.
      if (cur) cur.lines.push(line);
      continue;
    }
    if (explicit === null) continue;
    if (cur?.kind === 'json' && depth > 0) {
      push(cur, line);
      continue;
    }
    const k = lineKind(line);
    const continuation = /^[ \t]/.test(line) && line.trim() !== '';
    if (cur && INI.has(cur.kind) && (k === 'comment' || /^\s*[\w.-]+\s*=/.test(line) || k === cur.kind)) {
      if (/^\s*\[(ipv4|ipv6|connection)\]/.test(line)) cur.kind = 'nm';
      push(cur, line);
      continue;
    }
    if (continuation && cur && MULTILINE.has(cur.kind)) {
      push(cur, line);
      continue;
    }
    if (k === 'comment') {
      cur = undefined;
      continue;
    }
    if (k === undefined) {
      warnings.add(
        at(file, n),
        `unrecognised line: ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}...` : line)}`,
      );
      cur = undefined;
      continue;
    }
    if (k === 'rules4') {
      const pref = Number(/^(\d+)/.exec(line)?.[1]);
      if (cur?.kind !== 'rules4' || pref < lastPref) open('rules4', n);
      lastPref = pref;
      push(cur as unknown as Block, line);
      continue;
    }
    if (cur?.kind !== k || k === 'json') open(k, n);
    push(cur as unknown as Block, line);
  }
  const kept = blocks.filter((b) => b.lines.some((l) => l.trim() !== ''));
  // A headerless rule dump is IPv6 when it names IPv6 prefixes, or when it follows another one
  // (`ip rule show; ip -6 rule show` pasted together: the priorities start again at 0).
  let seenRules = false;
  for (const b of kept) {
    if (b.kind !== 'rules4' || !b.auto) continue;
    if (seenRules || b.lines.some((l) => /\b(?:from|to) [0-9a-fA-F]*:/.test(l))) b.kind = 'rules6';
    seenRules = true;
  }
  return kept;
}
