/**
 * The contract of the classify stage (issue 4): a captured packet, seen on a scenario link in a
 * direction, goes through the marking stage and the routing lookup, and comes out as the
 * `ip route get` the kernel would answer for it. Shared by `rpdb classify`, the worker and the UI.
 */
import type { PacketRecord } from '../capture/types';
import type { Session } from '../iproute2/context';

/** Which lookup a packet gets: arriving on a link (input) or sent by the host (output). */
export type PacketDirection = 'input' | 'output';

/** How capture interfaces become scenario links and which way their packets went. */
export interface ClassifyOptions {
  /** `--map CAPIF=LINK`: capture interface name (or ifindex as text) → scenario link name. */
  readonly map?: Readonly<Record<string, string>>;
  /** `--output IF`: packets seen on IF were sent by the host through IF (output lookup). */
  readonly output?: readonly string[];
  /** `--iif IF`: packets seen on IF arrived on IF (input lookup). */
  readonly iif?: readonly string[];
}

/** One packet's outcome, as `rpdb classify --json` prints it plus what the UI groups by. */
export interface ClassifiedPacket {
  /** 1-based packet number in file order. */
  readonly index: number;
  /** Why the packet cannot be routed (ARP, no IP header, unknown link, ...); nothing else is set then. */
  readonly skipped?: string;
  /** The `ip route get` arguments for this packet: dst first, then `from SRC`, then every field used. */
  readonly query?: string;
  /** Exit status, stdout and stderr of `ip route get QUERY`, exactly as the kernel's iproute2 prints them. */
  readonly status?: number;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly direction?: PacketDirection;
  /** The scenario link the packet was seen on. */
  readonly link?: string;
  /** The fwmark the lookup used (after the marking stage). */
  readonly mark?: number;
  /** The mangle rule (as `iptables -S` prints it) that last set the mark, if any. */
  readonly markedBy?: string;
  /** Priority of the rule whose action decided, or null when none did (e.g. the local fast path). */
  readonly rule?: number | null;
  /** The table that gave the answer (name as `ip route` prints it), when a table did. */
  readonly table?: string;
  /** A short verdict to group by: "dev ppp0", "local", "unreachable", "blackhole", "prohibit", an error. */
  readonly verdict?: string;
}

/** Classifies packets against one scenario; results for identical lookups may be shared. */
export interface Classifier {
  /**
   * Classifies `packet`; `at` (interface and direction hints) replaces where its record says it
   * was seen, as a user's mapping of capture interfaces does, without copying the record.
   */
  classify(packet: PacketRecord, at?: Pick<PacketRecord, 'interface' | 'direction'>): ClassifiedPacket;
}

/** Builds a classifier over a session (the scenario already run into it). */
export type CreateClassifier = (session: Session, options: ClassifyOptions) => Classifier;
