/** A probe of the script traced at its own line: the machine as the lines before it left it. */
import { traceRouteGet } from '../scenario/trace-route-get';
import { runLines } from './build-view';
import { probeArgs, probeFamily, splitArgs } from './probe-args';
import type { ProbeTrace } from './view-types';

/** Traces the probe on `line` of `script`; null when that line is no probe. */
export function traceProbe(script: string, line: number): ProbeTrace | null {
  const command = script.split('\n')[line - 1];
  const args = command === undefined ? null : probeArgs(command);
  if (args === null || command === undefined) return null;
  const { session } = runLines(script, line);
  const traced = traceRouteGet(session, splitArgs(args));
  return {
    line,
    args,
    family: probeFamily(command),
    record: { ...traced.record, line, command },
    trace: traced.trace,
    sentences: traced.sentences,
    rules: traced.rules,
  };
}
