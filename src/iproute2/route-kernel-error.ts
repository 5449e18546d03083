/**
 * How lib/libnetlink.c (6.1) rtnl_dump_done() reports a failed dump: the extack message as
 * `Error: MSG.`, then perror("RTNETLINK answers") unless the errno is ENOENT or EOPNOTSUPP. (A
 * failed request, rtnl_talk_error, is rtnl-talk.ts's: extack OR strerror, never both.)
 */
import { ENOENT, EOPNOTSUPP, strerror, type KernelError } from '../engine/errors';
import type { CommandOutput } from './context';

/** What a failed dump prints before the caller's "Dump terminated" / "Flush terminated". */
export function printDumpError(out: CommandOutput, err: KernelError): void {
  const msg = err.extack;
  if (msg !== undefined && msg !== '') out.err(`Error: ${msg}${msg.endsWith('.') ? '' : '.'}\n`);
  if (err.errno === ENOENT || err.errno === EOPNOTSUPP) return;
  out.err(`RTNETLINK answers: ${strerror(err.errno)}\n`);
}
