/**
 * `ip route add|append|del ARGS` without the shell: one iproute_modify() context kept for a whole
 * dump, so a million routes do not pay a million command start-ups (argument splitting, a fresh
 * read of /etc/iproute2). Same parser, same kernel calls, same messages as the command line.
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { defaultIpOptions } from '../iproute2/ip-main';
import { RouteCmdContext } from '../iproute2/route-context';
import { iprouteModify } from '../iproute2/route-modify';

/** The outcome of one route command. */
export interface RouteResult {
  ok: boolean;
  status: number;
  stderr: string;
}

/** Runs route modifications of one family on a session. */
export class RouteAdder {
  private readonly out = new CommandOutput();
  private readonly ctx: RouteCmdContext;

  constructor(session: Session, family: 4 | 6) {
    const opts = { ...defaultIpOptions(), family, afFamily: family === 6 ? AF_INET6 : AF_INET };
    this.ctx = new RouteCmdContext(session, opts, this.out);
  }

  /** `ip -F route VERB ARGS` (ARGS words separated by single spaces). */
  run(verb: 'add' | 'append' | 'delete', args: string): RouteResult {
    const out = this.out;
    out.stdout = '';
    out.stderr = '';
    out.status = 0;
    try {
      iprouteModify(this.ctx, verb, args.split(' '));
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
