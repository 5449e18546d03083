/**
 * The argv walking macros of iproute2's ip_common.h/utils.h (NEXT_ARG, NEXT_ARG_OK, PREV_ARG) as a
 * small cursor, so parsers keep iproute2's control flow: `while (a.more) { ...; a.advance(); }`.
 */
import type { CommandOutput } from './context';
import { incompleteCommand } from './utils';

/** A position in an argument vector (argc/argv in C). */
export class ArgCursor {
  private readonly argv: readonly string[];
  private i = 0;
  private readonly out: CommandOutput;

  constructor(argv: readonly string[], out: CommandOutput) {
    this.argv = argv;
    this.out = out;
  }

  /** argc > 0: there is a current word. */
  get more(): boolean {
    return this.i < this.argv.length;
  }

  /** argc: words left, the current one included. */
  get argc(): number {
    return this.argv.length - this.i;
  }

  /** *argv: the current word ("" past the end). */
  get word(): string {
    return this.argv[this.i] ?? '';
  }

  /** The words from the current one on (argv as a C function would receive it). */
  rest(): string[] {
    return this.argv.slice(this.i);
  }

  /** NEXT_ARG(): move to the next word, or die with incomplete_command() if there is none. */
  next(): string {
    this.i++;
    if (this.i >= this.argv.length) incompleteCommand(this.out);
    return this.argv[this.i];
  }

  /** NEXT_ARG_OK(): true when a next word exists. */
  nextOk(): boolean {
    return this.argc - 1 > 0;
  }

  /** argc--; argv++ at the end of a loop iteration (NEXT_ARG_FWD). */
  advance(): void {
    this.i++;
  }

  /** PREV_ARG(): step back one word. */
  prev(): void {
    this.i--;
  }
}
