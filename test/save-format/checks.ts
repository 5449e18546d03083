/**
 * The comparisons of a save-format recording (record.ts, live.ts), each returning the problems it
 * found (an empty list when the simulator agrees with the real kernel and iproute2). Shared by the
 * replay test (save-format.test.ts) and the live check, so both judge the same way.
 */
import {
  decodeRouteSave,
  decodeRuleSave,
  restoreRoutes,
  restoreRules,
} from '../../src/import/save-format/index';
import type { CommandRecord } from '../../src/scenario/command-record';
import { exportScenario } from '../../src/scenario/export-scenario';
import { encodeRouteSave } from '../../src/scenario/export-save-route';
import { encodeRuleSave } from '../../src/scenario/export-save-rule';
import { createSession, runScript } from '../../src/scenario/run-script';
import { FLUSH_RULES, SAVE_FILES, SHOW_COMMANDS, WORK, setupOf } from './scenarios';

/** A show command's answer. */
export interface Shown {
  command: string;
  status: number | null | undefined;
  stdout: string | undefined;
  stderr: string | undefined;
}

/** Everything recorded for one scenario. */
export interface Recording {
  /** The scenario with pinned MACs. */
  script: string;
  /** Namespace A: the scenario, the three saves, the shows. */
  a: CommandRecord[];
  /** Namespace B: the setup, the rule lists emptied, our files restored, the shows. */
  b: CommandRecord[];
  /** ours-rule4, ours-rule6, ours-route, real-rule4, real-rule6, real-route. */
  files: Record<string, Uint8Array>;
  /** The namespace name the netns export used, its script and what running it gave. */
  netns: { name: string; script: string; status: number | null; stderr: string; shows: Shown[] };
}

/** The answers of the show commands at the end of a recording. */
export function showsOf(
  records: readonly { command: string; stdout: string; stderr: string; status: number | null }[],
): Shown[] {
  return SHOW_COMMANDS.map((cmd) => {
    const r = [...records].reverse().find((x) => x.command === cmd);
    return { command: cmd, status: r?.status, stdout: r?.stdout, stderr: r?.stderr };
  });
}

/** The same show commands run in the simulator. */
export function simShows(session: ReturnType<typeof createSession>): Shown[] {
  return showsOf(runScript(SHOW_COMMANDS.join('\n'), session));
}

/** A real save file with nlmsg_seq and nlmsg_pid zeroed (a timestamp and a port id). */
export function withoutSeqPid(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 4; at + 16 <= out.length; at += (view.getUint32(at, true) + 3) & ~3) {
    if (view.getUint32(at, true) < 16) break;
    out.fill(0, at + 8, at + 16);
  }
  return out;
}

/** A session after `script`. */
export function built(script: string): ReturnType<typeof createSession> {
  const session = createSession();
  runScript(script, session);
  return session;
}

/** Our three exports of a session, by file stem. */
export function ourFiles(
  session: ReturnType<typeof createSession>,
): Record<'rule4' | 'rule6' | 'route', Uint8Array> {
  return {
    rule4: encodeRuleSave(session.host, 4),
    rule6: encodeRuleSave(session.host, 6),
    route: encodeRouteSave(session.host, 0, { table: 'all' }),
  };
}

function sameShows(what: string, got: Shown[], want: Shown[]): string[] {
  return got.flatMap((g, i) =>
    JSON.stringify(g) === JSON.stringify(want[i])
      ? []
      : [
          `${what}: ${g.command} differs\n--- simulator\n${g.stdout}${g.stderr}\n--- kernel\n${want[i].stdout}${want[i].stderr}`,
        ],
  );
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The named checks of one recording. */
export const CHECKS: Record<string, (rec: Recording) => string[]> = {
  'the simulator shows what namespace A shows': (rec) =>
    sameShows('A', simShows(built(rec.script)), showsOf(rec.a)),

  'our export is, byte for byte, the file the real save wrote (but for seq and pid)': (rec) => {
    const ours = ourFiles(built(rec.script));
    return SAVE_FILES.flatMap((f) =>
      hex(ours[f.stem]) === hex(withoutSeqPid(rec.files[`real-${f.stem}`]))
        ? []
        : [`${f.save}: ours ${hex(ours[f.stem])}\nreal ${hex(withoutSeqPid(rec.files[`real-${f.stem}`]))}`],
    );
  },

  'the recorded exports are what we encode now, and the real restores accepted them': (rec) => {
    const ours = ourFiles(built(rec.script));
    const out = SAVE_FILES.flatMap((f) =>
      hex(ours[f.stem]) === hex(rec.files[`ours-${f.stem}`]) ? [] : [`${f.stem}: the encoding changed`],
    );
    // restore_handler ignores EEXIST, but rtnl_talk has printed it by then.
    for (const r of rec.b.filter((x) => / restore < /.test(x.command))) {
      const other = r.stderr.split('\n').filter((l) => l && l !== 'RTNETLINK answers: File exists');
      if (r.status !== 0 || other.length) out.push(`${r.command}: status ${r.status}, ${r.stderr}`);
    }
    return out;
  },

  'restoring our files in the simulator gives what the real restore gave in namespace B': (rec) => {
    const session = built(`${setupOf(rec.script)}\n${FLUSH_RULES.join('\n')}`);
    const out: string[] = [];
    for (const f of SAVE_FILES) {
      const bytes = rec.files[`ours-${f.stem}`];
      const d =
        f.stem === 'route'
          ? decodeRouteSave(bytes, { commands: false })
          : decodeRuleSave(bytes, { commands: false });
      if (!d.ok) out.push(`${f.stem}: ${JSON.stringify(d.error)}`);
      const r =
        f.stem === 'route'
          ? restoreRoutes(session.host, d.messages as never)
          : restoreRules(session.host, d.messages as never);
      // Where the real restore stopped, ours must stop with the same words.
      const real = rec.b.find((x) => x.command === `${f.restore} < ${WORK}/ours-${f.stem}.bin`);
      const realError = real && real.status !== 0 ? real.stderr.trim().split('\n').pop() : undefined;
      if (r.error?.text !== realError)
        out.push(`${f.restore}: ours ${JSON.stringify(r.error)}, real ${realError}`);
    }
    return [...out, ...sameShows('B', simShows(session), showsOf(rec.b))];
  },

  'after emptying the rule lists, the real restore of our rule files gives back the rules of A': (rec) =>
    sameShows('B vs A', showsOf(rec.b).slice(0, 2), showsOf(rec.a).slice(0, 2)),

  "the real save files, decoded into commands, rebuild namespace A's rules and routes": (rec) => {
    const setup = setupOf(rec.script);
    const base = built(setup);
    const commands: string[] = [];
    const out: string[] = [];
    // Routes before rules: a gateway is checked with the rules in force, and the routes were
    // added while the rules were being built up (the default rules cannot send it elsewhere).
    for (const f of [...SAVE_FILES].reverse()) {
      const bytes = rec.files[`real-${f.stem}`];
      const d = f.stem === 'route' ? decodeRouteSave(bytes, { base }) : decodeRuleSave(bytes, { base });
      if (!d.ok || d.warnings.length)
        out.push(`${f.stem}: ${JSON.stringify({ error: d.error, warnings: d.warnings })}`);
      commands.push(d.commands);
    }
    // The setup may hold lines that fail on purpose; the decoded commands must all succeed.
    const session = built(setup);
    for (const r of runScript(commands.join(''), session))
      if (r.status !== 0) out.push(`decoded command failed: ${r.command}: ${r.stderr}`);
    return [...out, ...sameShows('decoded', simShows(session), showsOf(rec.a))];
  },

  'the netns export is the script recorded, and the namespace it built shows what the simulator shows': (
    rec,
  ) => {
    const session = built(rec.script);
    const file = exportScenario(session, { format: 'script', netns: rec.netns.name });
    const out: string[] = [];
    if (!file.ok || file.text !== rec.netns.script) out.push('the netns script changed');
    if (rec.netns.status !== 0 || rec.netns.stderr)
      out.push(`the netns script failed: ${rec.netns.status} ${rec.netns.stderr}`);
    // The order of the routes IPv6 autoconfiguration adds depends on when linkwatch reports the
    // veth carriers (the script does not wait between commands): compare the lines as sets.
    const sorted = (x: Shown[]) => x.map((r) => ({ ...r, stdout: r.stdout?.split('\n').sort().join('\n') }));
    return [...out, ...sameShows('netns', sorted(simShows(session)), sorted(rec.netns.shows))];
  },
};
