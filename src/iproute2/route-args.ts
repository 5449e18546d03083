/**
 * Small pieces `ip route` needs that utils.ts does not carry: read_family(), the `return
 * nodev(name)` idiom (print, then exit 1), and the `encap` keyword of routes and nexthops.
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { CommandExit, type CommandOutput } from './context';
import type { ArgCursor } from './args';
import { invarg, nodev } from './utils';

/** read_family(): `inet`, `inet6`, `link`, `ipx`, `mpls`, `bridge` as AF numbers, else 0. */
export function readFamily(name: string): number {
  switch (name) {
    case 'inet':
      return AF_INET;
    case 'inet6':
      return AF_INET6;
    case 'link':
      return 17;
    case 'ipx':
      return 4;
    case 'mpls':
      return 28;
    case 'bridge':
      return 7;
    default:
      return 0;
  }
}

/** `return nodev(dev);` in a command: `Cannot find device "DEV"`, status 1. */
export function exitNodev(out: CommandOutput, dev: string): never {
  nodev(out, dev);
  out.exit(1);
  throw new CommandExit(1);
}

/** Encapsulation names read_encap_type() (ip/iproute_lwtunnel.c) knows. */
const ENCAP_TYPES = ['mpls', 'ip', 'ila', 'ip6', 'bpf', 'seg6', 'seg6local', 'rpl', 'ioam6', 'xfrm'];

/**
 * `encap TYPE ...` (lwt_parse_encap): lightweight tunnels are not simulated, so a known TYPE
 * ends the command with the answer of a kernel without that encapsulation (exit 2); an unknown
 * one with iproute2's own error. The cursor is on the word `encap`.
 */
export function rejectEncap(out: CommandOutput, a: ArgCursor): never {
  a.next();
  if (!ENCAP_TYPES.includes(a.word)) invarg(out, '"encap type" value is invalid\n', a.word);
  out.err('Error: lwt encapsulation type not supported.\n');
  out.exit(2);
  throw new CommandExit(2);
}
