import type { CommandOutput, IpOptions, Session } from './context';

/** `ip addr ...`: argv is everything after the object word. (Stub, being written.) */
export function ipAddr(_session: Session, _opts: IpOptions, argv: string[], out: CommandOutput): void {
  out.err(`ip addr ${argv.join(' ')}: not implemented yet\n`);
  out.exit(255);
}
