/**
 * The probe list of a recorded scenario: every packet class of every verdict (both families,
 * at most PER_FAMILY each), its sample probe as a script line, and the class's verdict.
 */
import { packetClasses } from '../../src/analysis/packet-class';
import { createSession, runScript } from '../../src/scenario/run-script';

/** One recorded probe. */
export interface RecordedProbe {
  /** Line number of the probe in the recorded script. */
  line: number;
  /** The `ip route get …` command. */
  command: string;
  family: 4 | 6;
  /** The class the probe stands for, and its verdict key / kind / errno / table. */
  text: string;
  verdict: string;
  kind: string;
  errno?: number;
  table?: number;
}

const PER_FAMILY = 60;

/** The scenario followed by one `ip route get` line per class, and the probe list. */
export function probeScript(scenario: string): { script: string; probes: RecordedProbe[] } {
  const session = createSession();
  runScript(scenario, session);
  const lines = scenario.replace(/\n+$/, '').split('\n');
  lines.push('# sample probes of the packet classes (record-class-probes.ts)');
  const probes: RecordedProbe[] = [];
  for (const family of [4, 6] as const) {
    const classes = packetClasses(session, { kind: 'all', family });
    const step = Math.max(1, Math.ceil(classes.length / PER_FAMILY));
    for (let i = 0; i < classes.length; i += step) {
      const c = classes[i];
      const command = `ip ${family === 6 ? '-6 ' : ''}route get ${c.probe.join(' ')}`;
      lines.push(command);
      const v = c.verdict;
      const p: RecordedProbe = {
        line: lines.length,
        command,
        family,
        text: c.text,
        verdict: v.key,
        kind: v.kind,
      };
      if ('errno' in v) p.errno = v.errno;
      if ('table' in v) p.table = v.table;
      probes.push(p);
    }
  }
  return { script: `${lines.join('\n')}\n`, probes };
}
