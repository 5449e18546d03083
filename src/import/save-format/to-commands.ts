/**
 * Decoded save files as script commands (the `rpdb run` language) that give a machine the saved
 * rules and routes. Each saved message is printed as `ip -d rule show` / `ip route show table
 * all` print it (what `ip route showdump` prints for a route file), and the commands are the
 * difference between those lines and the machine's own (export-script's line-to-command rules):
 * an `add` for each saved line the machine lacks, a `del` for each line of the machine that the
 * file does not hold, within the families (rules) or the family and tables (routes) the file
 * covers. The messages are also restored on a scratch copy of the machine, as the real restore
 * would, to report the first one the kernel would refuse.
 */
import { AF_INET6 } from '../../engine/ip';
import { RTM_F, type RouteMessage, type RuleMessage } from '../../engine/netlink';
import { CommandOutput, type Session } from '../../iproute2/context';
import { defaultIpOptions } from '../../iproute2/ip-main';
import { IpPrinter } from '../../iproute2/json-print';
import { Names } from '../../iproute2/names';
import { RouteCmdContext } from '../../iproute2/route-context';
import { resetRouteFilter } from '../../iproute2/route-filter';
import { printRoute } from '../../iproute2/route-print';
import { printRule } from '../../iproute2/rule-print';
import { exportScript, routeWords, ruleWords, shownLines } from '../../scenario/export-script';
import { createSession, runScript } from '../../scenario/run-script';
import { restorePass, restoreRoutes, restoreRules, type RestoreResult } from './restore';

/** Commands and how a restore on a scratch copy went (a refusal names the message index, 0-based). */
export interface CommandsResult {
  commands: string;
  restore: RestoreResult;
}

/** A copy of `base` built from its exported script (so `base` itself is never touched). */
export function copySession(base: Session): Session {
  const copy = createSession();
  runScript(exportScript(base), copy);
  return copy;
}

/** The rule messages as `ip -d rule show` prints them, one line each (one name database for all). */
export function ruleLines(session: Session, messages: readonly RuleMessage[]): string[] {
  const out = new CommandOutput();
  const names = new Names(session.files, () => {}, false);
  const p = new IpPrinter(out, { json: false, pretty: false, color: false });
  return messages.map((m) => {
    out.stdout = '';
    printRule(p, m, { names, details: 1, numeric: false });
    return out.stdout.trim();
  });
}

/** The route messages as `ip route show table all` prints them, a multipath route on one line. */
export function routeLines(session: Session, messages: readonly RouteMessage[]): string[] {
  const out = new CommandOutput();
  // One context as print_route sees it in `ip route showdump`: no filter, cloned routes hidden.
  const ctx = new RouteCmdContext(session, { ...defaultIpOptions(), family: 0 }, out);
  ctx.filter = resetRouteFilter();
  return messages.map((m) => {
    out.stdout = '';
    ctx.filter.cloned = (m.flags & RTM_F.CLONED) !== 0 ? 1 : 0;
    printRoute(ctx, m);
    return out.stdout.replace(/\n\t/g, ' ').trim();
  });
}

/** Lines of `want` missing from `have` (counted), and lines of `have` missing from `want`. */
function diffLines(want: readonly string[], have: readonly string[]): { adds: string[]; dels: string[] } {
  const left = new Map<string, number>();
  // Shown route lines end with a space; the formatted messages are trimmed.
  for (const l of have.map((x) => x.trim())) left.set(l, (left.get(l) ?? 0) + 1);
  const adds: string[] = [];
  for (const l of want) {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    else adds.push(l);
  }
  const dels = [...left].flatMap(([l, n]) => Array<string>(n).fill(l));
  return { adds, dels };
}

const join = (cmds: string[]) => cmds.map((c) => `${c}\n`).join('');

/** The commands that give a machine like `base` (default: a fresh one) exactly the saved rules. */
export function rulesToCommands(
  messages: readonly RuleMessage[],
  base: Session = createSession(),
): CommandsResult {
  const scratch = copySession(base);
  const restore = restoreRules(scratch.host, messages);
  const out: string[] = [];
  for (const f of [4, 6] as const) {
    const mine = messages.filter((m) => (m.family === AF_INET6 ? 6 : 4) === f);
    if (!mine.length) continue;
    const { adds, dels } = diffLines(ruleLines(base, mine), shownLines(base, f, 'rule'));
    const ip = f === 6 ? 'ip -6' : 'ip';
    out.push(
      ...dels.map((l) => `${ip} rule del ${ruleWords(l)}`),
      ...adds.map((l) => `${ip} rule add ${ruleWords(l)}`),
    );
  }
  return { commands: join(out), restore };
}

/** The table a shown route line is in (`table T`, main without it). */
function lineTable(line: string): string {
  return / table (\S+)/.exec(line)?.[1] ?? 'main';
}

/**
 * The commands that give a machine like `base` (its links name the saved ifindexes; default a
 * fresh one) the saved routes, in the families and tables the file holds.
 */
export function routesToCommands(
  messages: readonly RouteMessage[],
  base: Session = createSession(),
): CommandsResult {
  const scratch = copySession(base);
  const restore = restoreRoutes(scratch.host, messages);
  const out: string[] = [];
  for (const f of [4, 6] as const) {
    const mine = messages.filter((m) => (m.family === AF_INET6 ? 6 : 4) === f);
    if (!mine.length) continue;
    // In iproute_restore's pass order: a gateway needs the route that makes it reachable first.
    const ordered = [0, 1, 2].flatMap((pass) => mine.filter((m) => restorePass(m) === pass));
    const want = routeLines(base, ordered);
    const tables = new Set(want.map(lineTable));
    const have = shownLines(base, f, 'route').filter((l) => tables.has(lineTable(l)));
    const { adds, dels } = diffLines(want, have);
    const ip = f === 6 ? 'ip -6' : 'ip';
    out.push(...dels.map((l) => `${ip} route del ${routeWords(l)}`));
    out.push(
      ...addable(
        base,
        out,
        adds.map((l) => `${ip} route add ${routeWords(l)}`),
      ),
    );
  }
  return { commands: join(out), restore };
}

/**
 * `adds` in an order in which each one succeeds when there is one: a gateway is checked against
 * the routes (and rules) present when its route is added, and the save file holds the routes in
 * dump order, not in the order they were added. Tried on a copy of `base` after `before`; a
 * command that never succeeds is kept, last, so that it reports its error where it is run.
 */
function addable(base: Session, before: readonly string[], adds: readonly string[]): string[] {
  const scratch = copySession(base);
  runScript(join([...before]), scratch);
  const done: string[] = [];
  let pending = [...adds];
  for (let progress = true; progress && pending.length;) {
    progress = false;
    const next: string[] = [];
    for (const cmd of pending) {
      if (runScript(cmd, scratch)[0]?.status === 0) {
        done.push(cmd);
        progress = true;
      } else next.push(cmd);
    }
    pending = next;
  }
  return [...done, ...pending];
}
