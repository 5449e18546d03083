/** The classify stage (issue 4): captured packets → marks → `ip route get` answers (no DOM, no Node). */
export * from './types';
export { createClassifier, type ClassifierExtras, type CountingClassifier } from './classifier';
export { buildQuery, needsScope, type QueryContext, type QueryResult } from './build-query';
export {
  checkLinkOptions,
  createLinkResolver,
  type LinkPlacement,
  type LinkResolver,
  type PacketPlace,
} from './resolve-link';
export { lookupRoute, decidingEvent, type LookupAnswer } from './route-lookup';
export { createMarkStage, type MarkOutcome, type MarkStage } from './mark-stage';
export { ClassifySummary, formatRow, TABLE_HEADER } from './summary';
export { FlowMemo, type FlowEntry } from './flow-memo';
export { FlowTable } from './flow-table';
