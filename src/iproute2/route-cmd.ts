import type { CommandOutput, IpOptions, Session } from './context';

/** `ip route ...`: argv is everything after the object word. (Stub, being written.) */
export function ipRoute(_session: Session, _opts: IpOptions, argv: string[], out: CommandOutput): void {
  out.err(`ip route ${argv.join(' ')}: not implemented yet\n`);
  out.exit(255);
}
