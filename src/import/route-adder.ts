/**
 * `ip route add|append|del ARGS` without the shell: one iproute_modify() context kept for a whole
 * dump, so a million routes do not pay a million command start-ups (argument splitting, a fresh
 * read of /etc/iproute2). Same parser, same kernel calls, same messages as the command line; the
 * plain IPv4 routes skip the parser's keyword chain (route-request.ts).
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { defaultIpOptions } from '../iproute2/ip-main';
import { Names } from '../iproute2/names';
import { RouteCmdContext } from '../iproute2/route-context';
import { MODIFY_FLAGS, iprouteModify } from '../iproute2/route-modify';
import { rtnlTalk } from '../iproute2/rtnl-talk';
import { internalErrorText } from '../scenario/shell';
import { GatewayMemo } from '../engine/gateway-memo';
import { RTN, SCOPE } from '../engine/model';
import { NLM_F, type RouteMessage } from '../engine/netlink';
import { routeNewBulk4 } from '../engine/route-new-bulk';
import { routeNew } from '../engine/route-ops';
import { messageTable } from '../engine/route4-config';
import { PlainRouteReader } from './plain-route-line';
import { plainRouteRequest } from './route-request';

/** The outcome of one route command. */
export interface RouteResult {
  ok: boolean;
  status: number;
  stderr: string;
}

/**
 * The name databases of one long-lived context, with table words remembered: rtnl_rttable_a2n()
 * reads the same files for every route (they do not change while routes are added), and looking
 * a number up walks every bucket of the name hash first.
 */
export class RememberingNames extends Names {
  private readonly tableIds = new Map<string, number | null>();

  override rttableA2n(arg: string): number | null {
    let id = this.tableIds.get(arg);
    if (id === undefined) {
      id = super.rttableA2n(arg);
      this.tableIds.set(arg, id);
    }
    return id;
  }
}

/** A route command context whose name databases are RememberingNames. */
class AdderContext extends RouteCmdContext {
  private remembering?: Names;

  override get names(): Names {
    const out = this.out;
    return (this.remembering ??= new RememberingNames(
      this.session.files,
      (t) => out.err(t),
      this.opts.numeric,
    ));
  }
}

/**
 * Runs route modifications of one family on a session (whose /etc/iproute2 files stay as they
 * are). Gateway checks are remembered from one route to the next (GatewayMemo): the caller must
 * call forget() whenever anything else changes the machine.
 */
export class RouteAdder {
  private readonly out = new CommandOutput();
  private readonly ctx: RouteCmdContext;
  private readonly memo = new GatewayMemo();
  private plain: PlainRouteReader | null = null;

  constructor(session: Session, family: 4 | 6) {
    const opts = { ...defaultIpOptions(), family, afFamily: family === 6 ? AF_INET6 : AF_INET };
    this.ctx = new AdderContext(session, opts, this.out);
  }

  /**
   * `ip -4 route append LINE` for a shown route line of the plain shape (plain-route-line.ts)
   * whose gateway was checked before: true when added, as run('append', LINE) would add it;
   * false (nothing changed) when run must take it.
   */
  appendPlain(line: string): boolean {
    if (this.ctx.family !== AF_INET) return false;
    const reader = (this.plain ??= new PlainRouteReader(this.ctx.session.host, this.ctx.names));
    const r = reader.read(line);
    if (r === null) return false;
    const flags = NLM_F.REQUEST | NLM_F.ACK | MODIFY_FLAGS.append;
    return routeNewBulk4(this.ctx.session.host, r.dst, r.dstLen, r.gateway, r.oif, r.priority, flags, this.memo, r.table, r.protocol);
  }

  /** `ip -F route VERB ARGS` (ARGS words separated by single spaces). */
  run(verb: 'add' | 'append' | 'delete', args: string): RouteResult {
    const out = this.out;
    out.stdout = '';
    out.stderr = '';
    out.status = 0;
    try {
      const words = args.split(' ');
      const msg = verb === 'delete' ? null : plainRouteRequest(this.ctx, words);
      if (msg === null) {
        this.memo.clear();
        iprouteModify(this.ctx, verb, words);
        return this.result();
      }
      const host = this.ctx.session.host;
      const flags = NLM_F.REQUEST | NLM_F.ACK | MODIFY_FLAGS[verb];
      if (this.bulk(msg, flags)) return this.result();
      // What iproute_modify does with the request it built (no -echo here).
      if (!rtnlTalk(out, routeNew(host, msg, flags, this.memo))) out.exit(2);
    } catch (e) {
      if (e instanceof CommandExit) out.status = e.status;
      else {
        out.status = 1;
        out.stderr += internalErrorText(e);
      }
    }
    return this.result();
  }

  /** Forgets the remembered gateway checks: something else changed the machine. */
  forget(): void {
    this.memo.clear();
  }

  private result(): RouteResult {
    const out = this.out;
    return { ok: out.status === 0, status: out.status, stderr: out.stderr };
  }

  /** routeNewBulk4 for a request of its shape (a unicast IPv4 route via a gateway and nothing else). */
  private bulk(msg: RouteMessage, flags: number): boolean {
    const a = msg.attrs;
    if (
      typeof a.gateway !== 'number' ||
      typeof a.dst !== 'number' ||
      msg.type !== RTN.UNICAST ||
      msg.scope !== SCOPE.UNIVERSE ||
      msg.tos !== 0 ||
      msg.flags !== 0 ||
      a.prefsrc !== undefined
    )
      return false;
    const host = this.ctx.session.host;
    const table = messageTable(msg);
    return routeNewBulk4(host, a.dst, msg.dstLen, a.gateway, a.oif ?? 0, a.priority ?? -1, flags, this.memo, table, msg.protocol);
  }
}
