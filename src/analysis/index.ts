/**
 * The analysis layer's public API for the CLI, the worker and the UI: "which packets reach
 * this?" (packet classes) and "compare two scenarios". (The doctor adds its exports here too.)
 */
export {
  packetClasses,
  classesForTarget,
  verdictMatches,
  type ClassTarget,
  type PacketClass,
} from './packet-class';
export { walkPackets, type PacketWalk, type WalkOutcome } from './packet-class-walk';
export { runProbe, sampleProbe, verdictFromTrace, type ProbeResult } from './packet-class-probe';
export { tableLabel, type Verdict } from './packet-class-verdict';
export {
  compareScenarios,
  compareSessions,
  routeGetLines,
  type ChangedAnswer,
  type ChangedClass,
  type Comparison,
  type CompareCapture,
} from './compare';
export type { LineDiff } from './compare-diff';
