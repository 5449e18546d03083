/**
 * `ip [-6] rule add ARGS` without the shell and with one set of name databases for a whole
 * dump: iprule_modify() reads /etc/iproute2 afresh for every command, which for thousands of
 * rules costs more than adding them. Same parser, same kernel call, same messages and exit
 * statuses as the command line; arguments the shell would read differently than split on
 * spaces, and every rule after a name database printed a warning (a fresh ip prints it again
 * for each command), go through the shell.
 */
import { AF_INET6 } from '../engine/ip';
import { ruleNew } from '../engine/rule-ops';
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { Names } from '../iproute2/names';
import { formatTalkError } from '../iproute2/rtnl-talk';
import { parseRuleModify } from '../iproute2/rule-parse';
import { internalErrorText } from '../scenario/shell';
import { RememberingNames } from './route-adder';

/** Words the shell passes on as they are: no quoting, expansion, globbing or operators. */
const PLAIN = /^[\w.:/@-]+(?: [\w.:/@-]+)*$/;

/** The outcome of one rule command. */
export interface RuleResult {
  ok: boolean;
  status: number;
  stderr: string;
}

/** Adds the rules of one family to a session whose /etc/iproute2 files stay as they are. */
export class RuleAdder {
  private readonly session: Session;
  private readonly family: number;
  private readonly out = new CommandOutput();
  private readonly names: Names;
  private warned = false;

  constructor(session: Session, family: 4 | 6) {
    this.session = session;
    // preferred_family: `ip rule` has none, `ip -6 rule` AF_INET6.
    this.family = family === 6 ? AF_INET6 : 0;
    this.names = new RememberingNames(session.files, (t) => {
      this.warned = true;
      this.out.err(t);
    });
  }

  /** `ip [-6] rule add ARGS`, or null when the shell must run it (see the file comment). */
  add(args: string): RuleResult | null {
    if (this.warned || !PLAIN.test(args)) return null;
    const out = this.out;
    out.stdout = '';
    out.stderr = '';
    out.status = 0;
    try {
      // iprule_modify() without -echo; ip exits with minus its return value (-2 on a kernel error).
      const { msg, nlflags } = parseRuleModify(this.names, out, 'add', args.split(' '), this.family);
      const res = ruleNew(this.session.host, msg, nlflags);
      if (!res.ok) {
        out.err(formatTalkError(res.error));
        out.exit(2);
      }
    } catch (e) {
      if (e instanceof CommandExit) out.exit(e.status);
      else {
        // runProgram's report of an exception.
        out.err(internalErrorText(e, 'ip'));
        out.exit(1);
      }
    }
    return { ok: out.status === 0, status: out.status, stderr: out.stderr };
  }
}
