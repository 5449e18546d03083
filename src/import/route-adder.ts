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
import { NLM_F } from '../engine/netlink';
import { routeNew } from '../engine/route-ops';
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

/** Runs route modifications of one family on a session (whose /etc/iproute2 files stay as they are). */
export class RouteAdder {
  private readonly out = new CommandOutput();
  private readonly ctx: RouteCmdContext;

  constructor(session: Session, family: 4 | 6) {
    const opts = { ...defaultIpOptions(), family, afFamily: family === 6 ? AF_INET6 : AF_INET };
    this.ctx = new AdderContext(session, opts, this.out);
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
      if (msg === null) iprouteModify(this.ctx, verb, words);
      // What iproute_modify does with the request it built (no -echo here).
      else if (
        !rtnlTalk(out, routeNew(this.ctx.session.host, msg, NLM_F.REQUEST | NLM_F.ACK | MODIFY_FLAGS[verb]))
      )
        out.exit(2);
    } catch (e) {
      if (e instanceof CommandExit) out.status = e.status;
      else {
        out.status = 1;
        out.stderr += `rpdb: internal error: ${e instanceof Error ? e.message : String(e)}\n`;
      }
    }
    return { ok: out.status === 0, status: out.status, stderr: out.stderr };
  }
}
