/**
 * How iproute2 lib/libnetlink.c reports a kernel error (rtnl_talk_error / nl_dump_ext_ack):
 * an extended ack message wins and prints as `Error: MSG.` (a final dot added when missing),
 * otherwise `RTNETLINK answers: <strerror>`. Shared by every object handler.
 */
import { strerror, type KernelError, type KResult } from '../engine/errors';
import type { CommandOutput } from './context';

/** The stderr text rtnl_talk prints for a failed request. */
export function formatTalkError(err: KernelError): string {
  if (err.extack !== undefined && err.extack !== '') {
    return `Error: ${err.extack}${err.extack.endsWith('.') ? '' : '.'}\n`;
  }
  return `RTNETLINK answers: ${strerror(err.errno)}\n`;
}

/** rtnl_talk(): prints the error of a failed result and returns false; true when it succeeded. */
export function rtnlTalk(out: CommandOutput, result: KResult<unknown>): boolean {
  if (result.ok) return true;
  out.err(formatTalkError(result.error));
  return false;
}

/** The message rtnl_dump_filter prints when a dump fails, before the caller's "Dump terminated". */
export function formatDumpError(err: KernelError): string {
  return formatTalkError(err);
}
