/**
 * xtables' guided option parsing (xtables_option_parse / xtables_options_fcheck): each option at
 * most once, mutually exclusive groups checked at the end in option-table order.
 */
import { paramError } from './errors';

/** One option of an extension: its name and the options it excludes. */
export interface GuidedOption {
  name: string;
  excl: readonly string[];
}

/** Tracks which options an extension saw; throws iptables' errors. */
export class GuidedOptions {
  private readonly seen = new Set<string>();
  constructor(
    private readonly ext: string,
    private readonly table: readonly GuidedOption[],
  ) {}

  /** Marks `name` seen; "can only be used once" on a repeat. */
  see(name: string): void {
    if (this.seen.has(name)) throw paramError(`${this.ext}: option "--${name}" can only be used once.\n`);
    this.seen.add(name);
  }

  has(name: string): boolean {
    return this.seen.has(name);
  }

  /** The exclusion check of xtables_options_fcheck. */
  check(): void {
    for (const e of this.table) {
      if (!this.seen.has(e.name)) continue;
      for (const o of this.table) {
        if (o.name !== e.name && e.excl.includes(o.name) && this.seen.has(o.name))
          throw paramError(`${this.ext}: option "--${e.name}" cannot be used together with "--${o.name}".\n`);
      }
    }
  }
}

/** "bad integer value for option" (markmask types) in xtables' words. */
export function badMarkMask(ext: string, opt: string): Error {
  return paramError(`${ext}: bad integer value for option "--${opt}", or out of range.\n`);
}

/** "bad value for option" (uint32 types) in xtables' words. */
export function badUint32(ext: string, opt: string): Error {
  return paramError(`${ext}: bad value for option "--${opt}", or out of range (0-4294967295).\n`);
}
