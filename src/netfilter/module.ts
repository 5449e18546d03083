/** The shape shared by match and target extensions while a command line is parsed. */
import type { Family } from '../engine/ip';

/** What an extension may look at while parsing: the rule's family and `-p`. */
export interface ParseContext {
  family: Family;
  proto: number;
  protoInvert: boolean;
  /** Set once `-p` was given. */
  protoGiven: boolean;
}

/** A loaded extension (`-m NAME`, implicit protocol match, or `-j TARGET`). */
export interface Extension<T> {
  readonly name: string;
  /** Long options with an argument, then those without. */
  readonly options: readonly string[];
  readonly flags?: readonly string[];
  /** Parses one of its options (`invert`: a `!` came before it). Throws NfError. */
  parse(opt: string, arg: string, invert: boolean, ctx: ParseContext): void;
  /** The final check (x6_fcheck) and the result. Throws NfError. */
  finish(ctx: ParseContext): T;
}
