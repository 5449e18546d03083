/**
 * iptables' option tables (the `opts` array and optstring of iptables/xshared.c) and the checks
 * do_parse makes on names: which core options take arguments, which take `!`, chain names.
 */
import type { Family } from '../engine/ip';
import { paramError } from './errors';
import { TARGET_NAMES } from './names';

/** Long core options → their short letter. */
export const LONG_CORE: Record<string, string> = {
  append: 'A',
  check: 'C',
  delete: 'D',
  insert: 'I',
  replace: 'R',
  list: 'L',
  'list-rules': 'S',
  flush: 'F',
  zero: 'Z',
  'new-chain': 'N',
  'delete-chain': 'X',
  'rename-chain': 'E',
  policy: 'P',
  source: 's',
  src: 's',
  destination: 'd',
  dst: 'd',
  protocol: 'p',
  'in-interface': 'i',
  jump: 'j',
  table: 't',
  match: 'm',
  numeric: 'n',
  'out-interface': 'o',
  verbose: 'v',
  wait: 'w',
  'wait-interval': 'W',
  exact: 'x',
  fragment: 'f',
  version: 'V',
  help: 'h',
  'line-numbers': '0',
  modprobe: 'M',
  'set-counters': 'c',
  goto: 'g',
  ipv4: '4',
  ipv6: '6',
};
/** Short options: letter → 'req' (argument), 'opt' (optional, `::`), 'none'. */
export const SHORT: Record<string, 'req' | 'opt' | 'none'> = {
  A: 'req',
  C: 'req',
  D: 'req',
  R: 'req',
  I: 'req',
  L: 'opt',
  S: 'opt',
  M: 'req',
  F: 'opt',
  Z: 'opt',
  N: 'req',
  X: 'opt',
  E: 'req',
  P: 'req',
  V: 'none',
  h: 'none',
  o: 'req',
  p: 'req',
  s: 'req',
  d: 'req',
  j: 'req',
  i: 'req',
  f: 'none',
  b: 'none',
  v: 'none',
  w: 'opt',
  W: 'opt',
  n: 'none',
  t: 'req',
  m: 'req',
  x: 'none',
  c: 'req',
  g: 'req',
  '4': 'none',
  '6': 'none',
  '0': 'none',
};
/** inverse_for_options: which options take `!`. */
export const INVERTIBLE = new Set(['s', 'd', 'p', 'i', 'o', 'f']);

/** The match `-p PROTO` loads for an option it does not know. */
export function protoMatchName(proto: number, family: Family): string {
  if (proto === 1) return 'icmp';
  if (proto === 58) return family === 6 ? 'icmp6' : 'ipv6-icmp';
  return { 6: 'tcp', 17: 'udp', 136: 'udplite', 132: 'sctp' }[proto] ?? '';
}

/** parse_chain: the checks `-N` makes on a new chain's name. */
export function checkChainName(name: string): void {
  if (name === '') throw paramError('empty chain name is not allowed');
  if (name[0] === '-' || name[0] === '!')
    throw paramError(`chain name not allowed to start with \`${name[0]}'`);
  if (/^[A-Z]+$/.test(name) && isTargetName(name))
    throw paramError('chain name may not clash with target name');
  if (/\s/.test(name)) throw paramError(`Invalid chain name \`${name}'`);
}

function isTargetName(name: string): boolean {
  return TARGET_NAMES.has(name);
}
