/** Collects located warnings in input order. */
import type { ImportWarning, SourceLoc } from './types';

/** A list of warnings with one helper to add a located one. */
export class Warnings {
  readonly list: ImportWarning[] = [];

  /** Adds `message` at `loc`. */
  add(loc: SourceLoc, message: string): void {
    this.list.push({ file: loc.file, line: loc.line, column: loc.column, message });
  }

  /** The warnings sorted by file order of appearance, then line and column. */
  sorted(fileOrder: string[]): ImportWarning[] {
    const rank = (f: string) => fileOrder.indexOf(f);
    return [...this.list].sort(
      (a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column,
    );
  }
}

/** The location of column `column` (1-based) of line `line` of `file`. */
export function at(file: string, line: number, column = 1): SourceLoc {
  return { file, line, column };
}
