/**
 * Runs a script and derives every view the UI shows from the machine it leaves behind. Lines
 * run one at a time (each is independent, as in `rpdb run`), so that an `ip rule add` without
 * `pref` can be caught in the act and the priority the kernel picked explained.
 */
import { formatIp } from '../engine/ip';
import type { CommandRecord } from '../scenario/command-record';
import { exportScript } from '../scenario/export-script';
import { createSession, isSkippedLine, runScript } from '../scenario/run-script';
import { ruleLines } from '../scenario/trace-route-get';
import type { Session } from '../iproute2/context';
import { Names } from '../iproute2/names';
import { isProbe, probeArgs } from './probe-args';
import type {
  AutoPref,
  LinkView,
  ProbeView,
  RuleView,
  ScenarioView,
  SysctlView,
  TableView,
} from './view-types';

const RULE_ADD = /^\s*ip(?:\s+-\S+)*\s+ru(?:le?)?\s+a(?:dd?)?\s/;
const PREF_WORD = /\s(pref|preference|prio|priority|order)\s/;

/** Runs `script` on a fresh machine: its records and the machine. */
export function runLines(
  script: string,
  upTo = Infinity,
): { session: Session; records: CommandRecord[]; autoPrefs: AutoPref[] } {
  const session = createSession();
  const records: CommandRecord[] = [];
  const autoPrefs: AutoPref[] = [];
  const lines = script.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length && i + 1 < upTo; i++) {
    const line = lines[i];
    if (isSkippedLine(line)) continue;
    const watch = RULE_ADD.test(line) && !PREF_WORD.test(`${line} `);
    const before = watch ? { 4: ruleLines(session, 4), 6: ruleLines(session, 6) } : undefined;
    const [rec] = runScript(`${line}\n`, session);
    records.push({ ...rec, line: i + 1 });
    if (before && rec.status === 0) autoPrefs.push(...findAutoPrefs(session, before, i + 1));
  }
  return { session, records, autoPrefs };
}

/** The rules a line added, with the kernel's reason for their priority (fib_default_rule_pref). */
function findAutoPrefs(session: Session, before: { 4: string[]; 6: string[] }, line: number): AutoPref[] {
  const out: AutoPref[] = [];
  for (const family of [4, 6] as const) {
    const after = ruleLines(session, family);
    const old = new Set(before[family]);
    const added = after.find((l) => !old.has(l));
    if (!added) continue;
    const pref = prefOf(added);
    const second = before[family][1];
    const why =
      second === undefined
        ? `No pref given and the list had fewer than two rules, so the kernel used priority 0.`
        : prefOf(second) === 0
          ? `No pref given and the second rule has priority 0, so the kernel used 0.`
          : `No pref given: the kernel took the second rule's priority (${prefOf(second)}) minus one.`;
    out.push({ line, family, pref, why });
  }
  return out;
}

function prefOf(ruleLine: string): number {
  return Number(ruleLine.slice(0, ruleLine.indexOf(':')));
}

/** Runs `script` and builds every view of the machine it leaves. */
export function buildView(script: string): ScenarioView {
  const { session, records, autoPrefs } = runLines(script);
  const probes = records.filter((r) => isProbe(r.command));
  return {
    records,
    rules: { 4: ruleViews(session, 4, autoPrefs), 6: ruleViews(session, 6, autoPrefs) },
    tables: tableViews(session),
    links: linkViews(session),
    sysctls: sysctlViews(session),
    probes: probes.map(probeView),
    autoPrefs,
    canonical: exportScript(session) + probes.map((p) => `${p.command.trim()}\n`).join(''),
  };
}

function probeView(r: CommandRecord): ProbeView {
  return {
    line: r.line,
    command: r.command,
    args: probeArgs(r.command) ?? '',
    status: r.status,
    verdict: r.status === 0 ? r.stdout : r.stderr || r.stdout,
  };
}

function ruleViews(session: Session, family: 4 | 6, autoPrefs: AutoPref[]): RuleView[] {
  // The last auto pick for a pref is the one still in the list (earlier ones may be deleted).
  const auto = new Map(autoPrefs.filter((a) => a.family === family).map((a) => [a.pref, a]));
  return ruleLines(session, family).map((line, index) => {
    const pref = prefOf(line);
    const view: RuleView = { family, index, pref, text: line.slice(line.indexOf('\t') + 1) };
    const a = auto.get(pref);
    if (a) view.auto = a;
    return view;
  });
}

/** Tables main and local first, then by id; each as `ip route show table ID` prints it. */
function tableViews(session: Session): TableView[] {
  const names = new Names(session.files);
  const rank = (id: number) => (id === 254 ? 0 : id === 255 ? 1 : 2);
  const out: TableView[] = [];
  for (const family of [4, 6] as const) {
    const ids = [...session.host.tables[family].keys()].sort((a, b) => rank(a) - rank(b) || a - b);
    for (const id of ids) {
      const text = runScript(`ip -${family} route show table ${id}`, session)[0]?.stdout ?? '';
      const routes = text
        .replace(/\n\t/g, ' ')
        .split('\n')
        .filter((l) => l.trim() !== '');
      if (routes.length === 0 && id !== 254 && id !== 255) continue;
      out.push({ family, id, name: names.rttableN2a(id), routes, readOnly: id === 255 });
    }
  }
  return out;
}

function linkViews(session: Session): LinkView[] {
  const { host } = session;
  return [...host.links.values()]
    .sort((a, b) => a.ifindex - b.ifindex)
    .map((l) => {
      const view: LinkView = {
        ifindex: l.ifindex,
        name: l.name,
        kind: l.kind,
        up: l.up,
        carrier: host.carrierOk(l.ifindex),
        group: l.group,
        mtu: l.mtu,
        addrs: host.addrs
          .filter((a) => a.ifindex === l.ifindex)
          .sort((a, b) => a.family - b.family)
          .map((a) => ({
            text: `${formatIp(a.local)}/${a.prefixLen}`,
            family: a.family,
            kernel: a.kernel === true,
          })),
      };
      if (l.alias) view.alias = l.alias;
      if (l.peer !== undefined) view.peer = host.links.get(l.peer)?.name;
      if (l.master !== undefined) view.master = host.links.get(l.master)?.name;
      return view;
    });
}

const SYSCTLS = ['forwarding', 'rp_filter', 'src_valid_mark'];

/** The routing sysctls people change: forwarding, rp_filter and src_valid_mark, all and per link. */
function sysctlViews(session: Session): SysctlView[] {
  const { sysctl, links } = session.host;
  const scopes = ['all', 'default', ...[...links.values()].map((l) => l.name)];
  const keys = ['net.ipv4.ip_forward', 'net.ipv6.conf.all.forwarding'];
  for (const scope of scopes) for (const k of SYSCTLS) keys.push(`net.ipv4.conf.${scope}.${k}`);
  return keys.filter((k) => sysctl.has(k)).map((key) => ({ key, value: sysctl.get(key) ?? 0 }));
}
