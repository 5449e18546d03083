/** The structured trace of one lookup (filled in by the lookup code). */
export interface LookupTrace {
  events: unknown[];
}
