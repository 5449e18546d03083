/** The match and target extensions RPDB Lab knows, by the names `-m` and `-j` take. */
import type { Family } from '../engine/ip';
import { icmpExtension, markMatchExtension, multiportExtension } from './match-misc';
import { portsExtension } from './match-ports';
import type { Extension } from './module';
import { connmarkTargetExtension, markTargetExtension } from './target-mark';
import { natExtension, portsNatExtension } from './target-nat';
import type { NfMatch, NfTarget } from './types';

/** A fresh instance of match `name`, or null when iptables could not load it. */
export function createMatch(name: string, family: Family): Extension<NfMatch> | null {
  switch (name) {
    case 'tcp':
    case 'udp':
    case 'udplite':
    case 'sctp':
      return portsExtension(name);
    case 'icmp':
      return family === 4 ? icmpExtension(false) : null;
    case 'icmp6':
      return family === 6 ? icmpExtension(true) : null;
    case 'mark':
      return markMatchExtension();
    case 'multiport':
      return multiportExtension();
    default:
      return null;
  }
}

const VERDICTS = new Set(['ACCEPT', 'DROP', 'RETURN']);

/** A fresh instance of target `name`; null when it is not a target (then it names a chain). */
export function createTarget(name: string): Extension<NfTarget> | null {
  if (VERDICTS.has(name)) {
    const verdict = name as 'ACCEPT' | 'DROP' | 'RETURN';
    return { name, options: [], parse() {}, finish: () => ({ kind: 'verdict', verdict }) };
  }
  switch (name) {
    case 'MARK':
      return markTargetExtension();
    case 'CONNMARK':
      return connmarkTargetExtension();
    case 'DNAT':
    case 'SNAT':
      return natExtension(name);
    case 'MASQUERADE':
    case 'REDIRECT':
      return portsNatExtension(name);
    default:
      return null;
  }
}
