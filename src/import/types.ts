/**
 * The shapes of an import: what goes in (named texts or byte files), what comes out (a scenario
 * script and located warnings), and the parsed pieces in between, each with its place in the input.
 */

/** One input: a pasted text or a dropped file (binary files are given as bytes). */
export interface ImportInput {
  /** The name shown in warnings (a file name, or "paste"). */
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

/** Where something is in an input: 1-based line and column. */
export interface SourceLoc {
  file: string;
  line: number;
  column: number;
}

/** A located warning: something the input holds that the script does not rebuild as printed. */
export interface ImportWarning extends SourceLoc {
  message: string;
}

/** The result of an import: the scenario script and its warnings. */
export interface ImportResult {
  script: string;
  warnings: ImportWarning[];
}

/** The kinds of text blocks the importer understands. */
export type BlockKind =
  | 'links'
  | 'rules4'
  | 'rules6'
  | 'routes'
  | 'routes6'
  | 'sysctl'
  | 'rt_tables'
  | 'networkd'
  | 'nm'
  | 'json'
  | 'comment';

/** A run of input lines of one kind. `lines[i]` is line `firstLine + i` of `file`. */
export interface Block {
  kind: BlockKind;
  file: string;
  firstLine: number;
  lines: string[];
  /** The command a section header or prompt named (`ip -d link show`, `cat FILE`...). */
  command?: string;
  /** True when the kind was guessed from the lines (no section header or prompt). */
  auto?: boolean;
}

/** One parsed object of the input (a rule, a route, an address...) as text plus its location. */
export interface Located<T> {
  value: T;
  loc: SourceLoc;
}

/** A command of the output script with the input place it rebuilds. */
export interface Command {
  text: string;
  loc?: SourceLoc;
}
