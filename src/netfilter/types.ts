/**
 * The netfilter model's data: tables of chains of rules as iptables(8) builds them (one set per
 * family, like the kernel's per-netns iptables / ip6tables), a packet as the hooks see it, and the
 * typed events a hook walk produces.
 */
import type { Family, Ip } from '../engine/ip';

/** The tables RPDB Lab models (`-t`). `filter` holds only policies and ACCEPT/DROP/RETURN rules. */
export type NfTableName = 'filter' | 'mangle' | 'nat';

/** The netfilter hooks, named as iptables names their built-in chains. */
export type NfHook = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';

/** What a packet looks like to the rules: the fields matches read and targets write. */
export interface NfPacket {
  family: Family;
  src: Ip;
  dst: Ip;
  /** IP protocol number (6 tcp, 17 udp, 1 icmp, 58 ipv6-icmp...). */
  proto: number;
  /** Transport ports; undefined for protocols without ports and non-first fragments. */
  sport?: number;
  dport?: number;
  /** Input device name (PREROUTING, INPUT, FORWARD), output device (FORWARD, OUTPUT, POSTROUTING). */
  iif?: string;
  oif?: string;
  /** skb->mark (unsigned 32-bit). */
  mark: number;
  /** IPv4 TOS / IPv6 traffic class. */
  tos?: number;
  /** A non-first fragment: port matches never match it (xt_tcpudp drops the offset != 0 case). */
  fragment?: boolean;
  /** ICMP / ICMPv6 type and code. */
  icmpType?: number;
  icmpCode?: number;
}

/** Address match `[!] -s/-d ADDR/LEN` (the address is stored masked, as iptables prints it). */
export interface NfAddrMatch {
  addr: Ip;
  len: number;
  invert: boolean;
}

/** Interface match `[!] -i/-o NAME` (`+` at the end = prefix). */
export interface NfIfaceMatch {
  name: string;
  invert: boolean;
}

/** A port range `[!] --sport/--dport LO[:HI]`. */
export interface NfPortMatch {
  lo: number;
  hi: number;
  invert: boolean;
}

/** One match module (`-m NAME ...`) as iptables-save prints it, plus what it checks. */
export type NfMatch =
  | { kind: 'ports'; module: 'tcp' | 'udp' | 'udplite' | 'sctp'; sport?: NfPortMatch; dport?: NfPortMatch }
  | { kind: 'icmp'; module: 'icmp' | 'icmp6'; type: number; codeLo: number; codeHi: number; invert: boolean }
  | { kind: 'mark'; value: number; mask: number; invert: boolean }
  | {
      kind: 'multiport';
      which: 'sports' | 'dports' | 'ports';
      ranges: { lo: number; hi: number }[];
      invert: boolean;
    };

/** A rule's target (`-j`). */
export type NfTarget =
  | { kind: 'none' }
  | { kind: 'verdict'; verdict: 'ACCEPT' | 'DROP' | 'RETURN' }
  | { kind: 'jump'; chain: string; goto: boolean }
  /** MARK: mark = (mark & ~mask) ^ value (xt_MARK's mark_tg). */
  | { kind: 'mark'; value: number; mask: number }
  | { kind: 'connmark-set'; value: number; mask: number }
  | { kind: 'connmark-save'; nfmask: number; ctmask: number }
  | { kind: 'connmark-restore'; nfmask: number; ctmask: number }
  | { kind: 'dnat'; to: NfNatRange | null }
  | { kind: 'snat'; to: NfNatRange }
  | { kind: 'masquerade'; ports?: { lo: number; hi: number } }
  | { kind: 'redirect'; ports?: { lo: number; hi: number } };

/** `--to-destination/--to-source [ADDR[-ADDR]][:PORT[-PORT]]`. */
export interface NfNatRange {
  /** Lowest and highest address; undefined when only ports are given. */
  lo?: Ip;
  hi?: Ip;
  portLo?: number;
  portHi?: number;
  /** The text as iptables -S prints it after `--to-destination `. */
  text: string;
}

/** One rule as stored: matches, target, and its `iptables -S` text (without `-A CHAIN `). */
export interface NfRule {
  src?: NfAddrMatch;
  dst?: NfAddrMatch;
  iif?: NfIfaceMatch;
  oif?: NfIfaceMatch;
  /** 0 = all; with invert `! -p`. */
  proto: number;
  protoInvert: boolean;
  /** `-f` / `! -f` (IPv4 only). */
  fragment?: boolean;
  matches: NfMatch[];
  target: NfTarget;
  /** The rule spec as `iptables -S` prints it after `-A CHAIN ` (e.g. `-p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff`). */
  spec: string;
  /** Counters (`-v`, `-Z`). */
  packets: number;
  bytes: number;
}

/** A chain: built-in ones have a policy, user chains do not. */
export interface NfChain {
  name: string;
  policy: 'ACCEPT' | 'DROP' | null;
  rules: NfRule[];
  packets: number;
  bytes: number;
}

/** One table: its chains in iptables' listing order (built-ins first, then user chains by creation). */
export interface NfTable {
  name: NfTableName;
  chains: Map<string, NfChain>;
  /** Built-in chains that exist in the kernel (iptables-nft creates them on first rule or policy). */
  materialized: Set<string>;
}

/** Per-family tables (iptables for 4, ip6tables for 6); a table exists once a command touched it. */
export interface NfFamilyState {
  tables: Map<NfTableName, NfTable>;
  /** Bumped on every change, so compiled forms can be cached. */
  generation: number;
}

/** A conntrack entry: original and reply tuples, connmark, and the NAT rewrite it carries. */
export interface NfConn {
  family: Family;
  proto: number;
  /** The original direction as it arrived (before NAT). */
  origSrc: Ip;
  origDst: Ip;
  origSport: number;
  origDport: number;
  /** The reply direction (after NAT: what replies look like when they come back). */
  replySrc: Ip;
  replyDst: Ip;
  replySport: number;
  replyDport: number;
  /** ct->mark. */
  mark: number;
  /** Whether NAT has been decided for the source / destination manipulation. */
  snatDone: boolean;
  dnatDone: boolean;
}

/** All netfilter state of a simulated host (`Session.netfilter`). */
export interface NetfilterState {
  v4: NfFamilyState;
  v6: NfFamilyState;
}

/** What happened to a packet in one rule or at a chain's end. */
export type NfEvent =
  | {
      kind: 'rule';
      table: NfTableName;
      chain: string;
      /** 1-based rule number in the chain (`--line-numbers`). */
      index: number;
      /** `-A CHAIN spec` as `iptables -S` prints it. */
      rule: string;
      /** What the target did. */
      action: NfAction;
    }
  | { kind: 'policy'; table: NfTableName; chain: string; policy: 'ACCEPT' | 'DROP' }
  /** A later packet of a connection: NAT reuses the connection's binding, the nat chain is not run. */
  | { kind: 'ct-nat'; hook: NfHook; from: string; to: string; reply: boolean; manip: 'src' | 'dst' };

/** The effect of a matched rule's target. */
export type NfAction =
  | { kind: 'mark'; before: number; after: number }
  | { kind: 'connmark-set'; before: number; after: number }
  | { kind: 'connmark-save'; ctBefore: number; ctAfter: number }
  | { kind: 'connmark-restore'; before: number; after: number }
  | { kind: 'dnat'; from: string; to: string }
  | { kind: 'snat'; from: string; to: string; masquerade: boolean }
  | { kind: 'verdict'; verdict: 'ACCEPT' | 'DROP' | 'RETURN' }
  | { kind: 'jump'; chain: string; goto: boolean }
  | { kind: 'none' };
