/**
 * Capture interfaces and the user's mapping of them onto scenario links. Each packet gets a key
 * (a pcapng interface name, the kernel ifindex of SLL2 or NFLOG, or `(unnamed)`); the user's
 * choice for that key is applied by rewriting the packet's interface and direction hints before
 * the classifier places it, so the classifier's own rules (PACKET_OTHERHOST dropped, NFLOG's hook
 * and devices) still apply.
 */
import type { CaptureInterface, DirectionHints, PacketRecord } from '../capture/types';
import type { PacketPlace } from '../classify/resolve-link';
import type { Host } from '../engine/host';
import type { CaptureInterfaceInfo, InterfaceChoice, InterfaceMapping } from './capture-types';

/** The key of a packet without a named or numbered interface. */
export const UNNAMED = '(unnamed)';
const PACKET_OTHERHOST = 3;
const PACKET_OUTGOING = 4;
/** Prefix of the synthetic interface names handed to the classifier (never a real link name). */
const SYNTH = 'capture-if:';

/** The interface key of a non-NFLOG packet. */
export function interfaceKey(p: PacketRecord): string {
  if (p.interface.ifindex) return `ifindex ${p.interface.ifindex}`;
  const name = p.interface.name;
  if (name !== undefined && name !== '' && name !== 'any') return name;
  return UNNAMED;
}

/** The key shown for a packet in the table (NFLOG: its input device, else its output device). */
export function displayKey(p: PacketRecord): string {
  const nf = p.nflog;
  if (nf) return nf.indev ? `ifindex ${nf.indev}` : nf.outdev ? `ifindex ${nf.outdev}` : UNNAMED;
  return interfaceKey(p);
}

interface Tally {
  key: string;
  kind: CaptureInterfaceInfo['kind'];
  packets: number;
  outgoing: number;
  directed: number;
  nflog: boolean;
}

/** Collects the interfaces of a capture as packets go by, with the classifier's defaults. */
export class InterfaceRegistry {
  readonly #tallies = new Map<string, Tally>();

  /** Counts packet `p` under its interface(s); `known` is its interfaceKey when the caller has it. */
  see(p: PacketRecord, known?: string): void {
    const nf = p.nflog;
    if (nf) {
      for (const i of [nf.indev, nf.outdev]) if (i) this.#tally(`ifindex ${i}`, null, true, false, true);
      return;
    }
    const key = known ?? interfaceKey(p);
    const t = p.direction.packetType;
    const out = t === PACKET_OUTGOING || p.direction.flagsDirection === 'outbound';
    this.#tally(key, p, t !== undefined || p.direction.flagsDirection !== undefined, out, false);
  }

  // Packets come in runs on one interface: the last tally is checked before the map.
  #last: Tally | null = null;

  /** Counts under `key`; `p` (null: an NFLOG device, by ifindex) tells a new key's kind. */
  #tally(key: string, p: PacketRecord | null, directed: boolean, outgoing: boolean, nflog: boolean): void {
    let t = this.#last !== null && this.#last.key === key ? this.#last : this.#tallies.get(key);
    if (!t) {
      const kind: Tally['kind'] =
        p === null
          ? 'ifindex'
          : key === UNNAMED
            ? 'none'
            : key.startsWith('ifindex ') && p.interface.ifindex
              ? 'ifindex'
              : 'name';
      t = { key, kind, packets: 0, outgoing: 0, directed: 0, nflog: false };
      this.#tallies.set(key, t);
    }
    this.#last = t;
    t.packets++;
    if (directed) t.directed++;
    if (outgoing) t.outgoing++;
    if (nflog) t.nflog = true;
  }

  /** The interfaces seen, in order of first appearance, with defaults over `host`'s links. */
  list(host: Host): CaptureInterfaceInfo[] {
    return [...this.#tallies.values()].map((t) => ({ ...t, suggested: suggest(t, host) }));
  }
}

/** The default choice: the link of the same name (or kernel ifindex), direction from the capture. */
export function suggest(t: { key: string; kind: CaptureInterfaceInfo['kind'] }, host: Host): InterfaceChoice {
  let link = '';
  if (t.kind === 'ifindex') link = host.link(Number(t.key.slice('ifindex '.length)))?.name ?? '';
  else if (t.kind === 'name' && host.linkByName(t.key)) link = t.key;
  return { link, direction: 'capture' };
}

/** The classifier's `--map` for a mapping: synthetic names and NFLOG ifindexes → links. */
export function classifierMap(mapping: InterfaceMapping): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, choice] of Object.entries(mapping)) {
    if (!choice.link) continue;
    map[SYNTH + key] = choice.link;
    if (key.startsWith('ifindex ')) map[key.slice('ifindex '.length)] = choice.link;
  }
  return map;
}

/** Direction hints of a forced direction (PACKET_HOST or PACKET_OUTGOING), shared by all packets. */
const FORCED_INPUT: DirectionHints = Object.freeze({ packetType: 0 });
const FORCED_OUTPUT: DirectionHints = Object.freeze({ packetType: PACKET_OUTGOING });
const NO_INTERFACE: CaptureInterface = Object.freeze({});

/**
 * Where the classifier should see packets under a mapping: NFLOG packets where their record
 * says (their devices map by ifindex); others on the chosen link (or on none, to be skipped with
 * the classifier's reason) and, if the user forced a direction, with that direction. The places
 * are made once per interface key, not per packet.
 */
export class MappedPlaces {
  readonly #mapping: InterfaceMapping;
  readonly #ifaces = new Map<string, { choice: InterfaceChoice; iface: CaptureInterface }>();
  // The place given last: packets of one interface with the same hints share it.
  #last: PacketPlace | null = null;

  constructor(mapping: InterfaceMapping) {
    this.#mapping = mapping;
  }

  /** The place of `p` (whose interface key is `key`), or undefined for where its record says. */
  of(p: PacketRecord, key: string): PacketPlace | undefined {
    if (p.nflog) return undefined;
    const choice = this.#mapping[key];
    if (!choice) return undefined;
    let known = this.#ifaces.get(key);
    if (known === undefined || known.choice !== choice) {
      known = { choice, iface: choice.link ? Object.freeze({ name: SYNTH + key }) : NO_INTERFACE };
      this.#ifaces.set(key, known);
    }
    let direction = p.direction;
    if (choice.direction !== 'capture' && direction.packetType !== PACKET_OTHERHOST)
      direction = choice.direction === 'output' ? FORCED_OUTPUT : FORCED_INPUT;
    const last = this.#last;
    if (last !== null && last.interface === known.iface && last.direction === direction) return last;
    return (this.#last = { interface: known.iface, direction });
  }
}

/** The packet as the classifier sees it under `mapping` (MappedPlaces.of applied to a copy). */
export function applyMapping(p: PacketRecord, key: string, mapping: InterfaceMapping): PacketRecord {
  const at = new MappedPlaces(mapping).of(p, key);
  return at ? { ...p, interface: at.interface, direction: at.direction } : p;
}
