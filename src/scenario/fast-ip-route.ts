/**
 * A fast path for the two line shapes bulk scripts are made of: `ip route add|append|replace|
 * prepend|change|test A.B.C.D[/LEN] via A.B.C.D [dev NAME] [metric N]` and `ip route get A.B.C.D`.
 * The line is read in place (no word list, no option parsing, no name databases) and the same
 * request the general path builds goes to the same engine call and printer. Anything else — other
 * spellings, abbreviations, options, extra spaces, unknown devices, octal or short addresses —
 * returns null and takes the general path (shell.ts runLine), which also owns every parse error.
 */
import { GatewayMemo } from '../engine/gateway-memo';
import { AF_INET } from '../engine/ip';
import { NLM_F, type RouteAttrs } from '../engine/netlink';
import { routeGetDst4, routeGetDst4Reply } from '../engine/route-get';
import { routeNewBulk4 } from '../engine/route-new-bulk';
import { routeNew } from '../engine/route-ops';
import { CommandOutput, type Session } from '../iproute2/context';
import { defaultIpOptions } from '../iproute2/ip-main';
import { RouteCmdContext } from '../iproute2/route-context';
import { resetRouteFilter } from '../iproute2/route-filter';
import { MODIFY_FLAGS, routeModifyRequest } from '../iproute2/route-modify';
import { plainDst4AnswerText } from '../iproute2/route-get-answer-text';
import { printRoute } from '../iproute2/route-print';
import { formatTalkError } from '../iproute2/rtnl-talk';
import { CURSOR, plainName, QuadCache, quad, u32, type LineWords } from './fast-line-words';
import { internalErrorText, type LineResult } from './shell';

/** What a fast line that printed nothing and succeeded returns (shared; never changed). */
const SILENT_OK: LineResult = Object.freeze({ status: 0, stdout: '', stderr: '' });

/** The options of a plain `ip` (no -4/-6/-j...), shared by every fast `ip route get`. */
const PLAIN_OPTIONS = defaultIpOptions();

/** The modify subcommands the fast path knows, spelled out (abbreviations go the general way). */
const MODIFY_WORDS: readonly (readonly [string, number])[] = [
  ['add', MODIFY_FLAGS.add],
  ['change', MODIFY_FLAGS.change],
  ['replace', MODIFY_FLAGS.replace],
  ['prepend', MODIFY_FLAGS.prepend],
  ['append', MODIFY_FLAGS.append],
  ['test', MODIFY_FLAGS.test],
];

/** The NLM_F flags of the modify subcommand under the cursor, or -1. */
function modifyFlags(w: LineWords): number {
  for (let i = 0; i < MODIFY_WORDS.length; i++) if (w.is(MODIFY_WORDS[i][0])) return MODIFY_WORDS[i][1];
  return -1;
}

/**
 * What fast lines keep from one line to the next within one script run: the gateway checks of
 * the route adds and the `ip route get` printing context (its name databases read the /etc
 * files). Valid only while nothing but fast lines runs: runLine calls clear() before any other.
 */
export class FastLineState {
  readonly memo = new GatewayMemo();
  /** The gateways' texts read last. */
  readonly gateways = new QuadCache();
  private getCtx: RouteCmdContext | null = null;
  private getOut: CommandOutput | null = null;
  private getSession: Session | null = null;

  /** The route get context for `session`, its output emptied. */
  getContext(session: Session): RouteCmdContext {
    let ctx = this.getCtx;
    const out = this.getOut;
    if (ctx && out && this.getSession === session) {
      out.stdout = '';
      out.stderr = '';
      out.status = 0;
      return ctx;
    }
    const o = new CommandOutput();
    ctx = new RouteCmdContext(session, PLAIN_OPTIONS, o);
    const filter = resetRouteFilter(0);
    filter.cloned = 2;
    ctx.filter = filter;
    this.getCtx = ctx;
    this.getOut = o;
    this.getSession = session;
    return ctx;
  }

  /** Something else ran: forgets everything. */
  clear(): void {
    this.memo.clear();
    this.getCtx = null;
    this.getOut = null;
    this.getSession = null;
  }
}

/**
 * Runs `line` when it is one of the fast shapes and returns what it printed; null when the
 * general path must run it (nothing was changed then). `state`: what the script run keeps
 * between fast lines, when the caller keeps it.
 */
export function runFastIpRoute(session: Session, line: string, state?: FastLineState): LineResult | null {
  return runFastIpRouteIn(session, line, 0, line.length, state);
}

/**
 * runFastIpRoute for the line text[start, stop), read in place (`rpdb run` reads a whole
 * script this way, without making a string of each line).
 */
export function runFastIpRouteIn(session: Session, text: string, start: number, stop: number, state?: FastLineState): LineResult | null {
  // "ip route " then the subcommand.
  if (stop - start < 9 || !text.startsWith('ip route ', start)) return null;
  const w = CURSOR.reset(text, start + 9, stop);
  if (!w.next()) return null;
  try {
    if (w.is('get')) return fastGet(session, w, state);
    const flags = modifyFlags(w);
    return flags < 0 ? null : fastModify(session, w, flags, state?.memo, state?.gateways);
  } catch (e) {
    // What shell.ts runProgram reports for a program that failed inside the simulator.
    state?.clear();
    return { status: 1, stdout: '', stderr: internalErrorText(e, 'ip') };
  }
}

/** `ip route MODIFY A.B.C.D[/LEN] via A.B.C.D [dev NAME] [metric N]` (parseRouteModify's request). */
function fastModify(session: Session, w: LineWords, nlflags: number, memo?: GatewayMemo, gateways?: QuadCache): LineResult | null {
  const s = w.line;
  if (!w.next() || !w.prefix4()) return null;
  const dst = w.addr;
  const dstLen = w.addrLen;
  let gateway = -1;
  let oif = 0;
  let priority = -1;
  while (!w.last) {
    if (!w.next()) return null;
    if (w.is('via') && gateway < 0) {
      if (!w.next()) return null;
      gateway = gateways ? gateways.read(s, w.pos, w.end) : quad(s, w.pos, w.end);
      if (gateway < 0) return null;
    } else if (w.is('dev') && oif === 0) {
      if (!w.next() || !plainName(s, w.pos, w.end)) return null;
      const link = session.host.linkByName(w.word());
      if (!link) return null;
      oif = link.ifindex;
    } else if (w.is('metric') && priority < 0) {
      if (!w.next()) return null;
      priority = u32(s, w.pos, w.end);
      if (priority < 0) return null;
    } else return null;
  }
  if (gateway < 0) return null;
  if (memo && routeNewBulk4(session.host, dst, dstLen, gateway, oif, priority, nlflags, memo)) return SILENT_OK;
  const attrs: RouteAttrs = { dst, gateway };
  if (priority >= 0) attrs.priority = priority;
  if (oif) attrs.oif = oif;
  const msg = routeModifyRequest(AF_INET, false, attrs);
  msg.dstLen = dstLen;
  const res = routeNew(session.host, msg, NLM_F.REQUEST | NLM_F.ACK | nlflags, memo);
  if (res.ok) return SILENT_OK;
  // iproute_modify: rtnl_talk prints the kernel's answer, ip exits 2.
  return { status: 2, stdout: '', stderr: formatTalkError(res.error) };
}

/** `ip route get A.B.C.D` (iproute_get with one address and nothing else). */
function fastGet(session: Session, w: LineWords, state?: FastLineState): LineResult | null {
  if (session.trace || !w.next() || !w.last) return null;
  const dst = quad(w.line, w.pos, w.end);
  if (dst < 0) return null;
  // routeGet of the request iproute_get builds, without building it (see routeGetDst4).
  const res = routeGetDst4(session.host, dst);
  if (!res.ok) return { status: 2, stdout: '', stderr: formatTalkError(res.error) };
  let ctx: RouteCmdContext;
  if (state) ctx = state.getContext(session);
  else {
    ctx = new RouteCmdContext(session, PLAIN_OPTIONS, new CommandOutput());
    ctx.filter = resetRouteFilter(0);
    ctx.filter.cloned = 2;
  }
  const text = plainDst4AnswerText(ctx, dst, res.value);
  if (text !== null) return { status: 0, stdout: text, stderr: '' };
  ctx.printer.newJsonObj();
  printRoute(ctx, routeGetDst4Reply(dst, res.value));
  ctx.printer.deleteJsonObj();
  const out = ctx.out;
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}
