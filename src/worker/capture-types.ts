/**
 * What the capture part of the worker hands to the page: plain, structured-cloneable data. The
 * packets themselves stay in the worker in typed columns (capture-columns.ts); the page fetches
 * the rows it shows by range.
 */
import type { PacketDirection } from '../classify/types';

/** How one capture interface becomes a scenario link, and which lookup its packets get. */
export interface InterfaceChoice {
  /** Scenario link name; '' leaves the interface unmapped (its packets are skipped, saying why). */
  readonly link: string;
  /** 'capture': as the capture says (packet type 4 = sent by the host, else arrived); or forced. */
  readonly direction: 'capture' | PacketDirection;
}

/** The user's mapping: interface key (CaptureInterfaceInfo.key) → choice. */
export type InterfaceMapping = Readonly<Record<string, InterfaceChoice>>;

/** A capture interface as found while reading, with the defaults the classifier derives. */
export interface CaptureInterfaceInfo {
  /** Stable key: the pcapng name, `ifindex N` (SLL2, NFLOG), or `(unnamed)`. */
  readonly key: string;
  /** How the capture identifies it: by name, by kernel ifindex, or not at all. */
  readonly kind: 'name' | 'ifindex' | 'none';
  readonly packets: number;
  /** Packets whose capture says they were sent by the host (SLL packet type 4, pcapng outbound). */
  readonly outgoing: number;
  /** Packets whose direction the capture records (packet type, pcapng flags, NFLOG hook). */
  readonly directed: number;
  /** True when NFLOG names it (its direction then comes from the netfilter hook). */
  readonly nflog: boolean;
  /** The default choice: the link of the same name or ifindex, direction from the capture. */
  readonly suggested: InterfaceChoice;
}

/** Progress of a read: bytes of the file and packets done. */
export interface CaptureProgressInfo {
  readonly bytes: number;
  readonly totalBytes: number;
  readonly packets: number;
}

/** How a read ended. */
export interface CaptureRunResult {
  readonly state: 'done' | 'cancelled' | 'error' | 'superseded';
  readonly packets: number;
  readonly bytes: number;
  /** The located capture error (byte offset, packet), packets before it kept. */
  readonly error?: string;
  readonly format?: string;
  readonly interfaces: CaptureInterfaceInfo[];
  /** Milliseconds the worker spent reading and classifying. */
  readonly ms: number;
}

/** A filter over the packets: `field:value` terms and free words, all of which must match. */
export interface CaptureFilter {
  readonly text: string;
}

/** One row of the packet table, formatted for display. */
export interface CaptureRow {
  readonly index: number;
  readonly time: string;
  readonly iface: string;
  /** The scenario link the packet was placed on ('' when none). */
  readonly link: string;
  readonly direction: string;
  readonly src: string;
  readonly dst: string;
  readonly proto: string;
  readonly sport: string;
  readonly dport: string;
  readonly mark: string;
  readonly markedBy: string;
  readonly rule: string;
  readonly table: string;
  readonly verdict: string;
  /** The `ip route get` arguments of the packet's lookup; '' when it was skipped. */
  readonly query: string;
  /** What `ip route get QUERY` prints (stdout, then stderr), exactly as iproute2 does. */
  readonly answer: string;
}

/** Fields the packets can be grouped by. */
export type GroupField = 'rule' | 'table' | 'verdict';

/** One group: its label and how many of the filtered packets fall in it. */
export interface CaptureGroup {
  readonly label: string;
  readonly count: number;
  /** The filter term that selects exactly this group. */
  readonly term: string;
}

/** The flow diagram's data: nodes in columns and weighted links between them. */
export interface CaptureFlow {
  readonly nodes: {
    readonly id: string;
    readonly column: number;
    readonly label: string;
    readonly count: number;
    readonly term: string;
  }[];
  readonly links: { readonly source: string; readonly target: string; readonly count: number }[];
}

/** The view of the filtered packets: how many, grouped, and the flow diagram. */
export interface CaptureSummary {
  readonly total: number;
  readonly matching: number;
  readonly groups: Record<GroupField, CaptureGroup[]>;
  readonly flow: CaptureFlow;
  /** Why the filter text is not understood, if it is not. */
  readonly filterError?: string;
}
