import type { CommandOutput, IpOptions, Session } from './context';

/** `ip link ...`: argv is everything after the object word. (Stub, being written.) */
export function ipLink(_session: Session, _opts: IpOptions, argv: string[], out: CommandOutput): void {
  out.err(`ip link ${argv.join(' ')}: not implemented yet\n`);
  out.exit(255);
}
