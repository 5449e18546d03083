/**
 * The classifier's fast memo: a packet's whole outcome (mark, query, answer) by its flow, keyed
 * by four 32-bit numbers in one open-addressing hash table, no strings built or hashed for IPv4.
 * The key holds every field the marking stage and the lookup read (see flowKey), so a hit gives
 * exactly what the general path would. It starts small, doubles, and starts afresh past LIMIT
 * flows (memory stays bounded however many flows a capture has).
 */
import type { PacketRecord } from '../capture/types';
import type { PacketDirection } from './types';

/** Flows kept before the table starts afresh. */
const LIMIT = 1 << 18;
const FIRST_SLOTS = 1 << 10;

/** Open-addressing (linear probing) map from four int32 words to a value. */
export class FlowTable<T> {
  /** The four key words of the last flowKey call (valid when it returned true). */
  readonly key = new Int32Array(4);
  private slots = FIRST_SLOTS;
  private keys = new Int32Array(FIRST_SLOTS * 4);
  private values: (T | undefined)[] = new Array<T | undefined>(FIRST_SLOTS).fill(undefined);
  private size = 0;
  /** IPv6 address text → small id (the decoder hands out one string per address, hashed once). */
  private readonly v6ids = new Map<string, number>();
  /** Scenario link name → small id. */
  private readonly linkIds = new Map<string, number>();

  /**
   * Fills `key` with `p`'s flow: source, destination (IPv4 value or IPv6 id), ports (or ICMP
   * type and code), and
   * link, direction, family, protocol, ports present, non-first fragment and TOS byte packed in
   * one word. False when the packet has no addresses or protocol, or the table ran out of ids.
   * (A record's `src` text and `srcIp` value name the same address, as the decoder makes them.)
   */
  flowKey(p: PacketRecord, direction: PacketDirection, link: string | undefined): boolean {
    if (p.proto === undefined || p.srcIp === undefined || p.dstIp === undefined) return false;
    // Start afresh before the key is made: an IPv6 id is never reused while an entry holds it.
    if (this.size >= LIMIT || this.v6ids.size >= LIMIT) this.reset();
    let id = link === undefined ? 0 : this.linkIds.get(link);
    if (id === undefined) {
      if (this.linkIds.size >= 4095) return false;
      id = this.linkIds.size + 1;
      this.linkIds.set(link!, id);
    }
    const key = this.key;
    const v6 = p.family === 6;
    if (v6) {
      key[0] = this.v6id(p.src!);
      key[1] = this.v6id(p.dst!);
    } else {
      key[0] = p.srcIp as number;
      key[1] = p.dstIp as number;
    }
    const ports = p.sport !== undefined;
    // Without ports, ICMP type and code: the mangle table's `--icmp-type` match reads them.
    key[2] = ports
      ? (p.sport! << 16) | p.dport!
      : p.icmpType === undefined
        ? 0
        : 0x10000 | ((p.icmpType & 255) << 8) | ((p.icmpCode ?? 0) & 255);
    const frag = p.fragment !== undefined && p.fragment.offset > 0;
    key[3] =
      (id << 20) |
      ((direction === 'output' ? 1 : 0) << 19) |
      ((v6 ? 1 : 0) << 18) |
      ((p.proto & 255) << 10) |
      ((ports ? 1 : 0) << 9) |
      ((frag ? 1 : 0) << 8) |
      ((p.tos ?? 0) & 255);
    return true;
  }

  private v6id(text: string): number {
    let id = this.v6ids.get(text);
    if (id === undefined) {
      id = this.v6ids.size;
      this.v6ids.set(text, id);
    }
    return id;
  }

  private slotOf(k0: number, k1: number, k2: number, k3: number): number {
    let h = Math.imul(k0, 0x9e3779b1) ^ k1;
    h = Math.imul(h, 0x85ebca6b) ^ k2;
    h = Math.imul(h, 0xc2b2ae35) ^ k3;
    h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
    return (h ^ (h >>> 15)) & (this.slots - 1);
  }

  /** The value stored under `key`, if any. */
  get(): T | undefined {
    const key = this.key;
    const k0 = key[0];
    const k1 = key[1];
    const k2 = key[2];
    const k3 = key[3];
    const keys = this.keys;
    const mask = this.slots - 1;
    for (let s = this.slotOf(k0, k1, k2, k3); ; s = (s + 1) & mask) {
      const v = this.values[s];
      if (v === undefined) return undefined;
      const k = s * 4;
      if (keys[k] === k0 && keys[k + 1] === k1 && keys[k + 2] === k2 && keys[k + 3] === k3) return v;
    }
  }

  /** Stores `value` under `key` (filled by flowKey, and not stored yet). */
  set(value: T): void {
    if ((this.size + 1) * 2 > this.slots) this.grow();
    const key = this.key;
    this.put(key[0], key[1], key[2], key[3], value);
    this.size++;
  }

  private put(k0: number, k1: number, k2: number, k3: number, value: T): void {
    const mask = this.slots - 1;
    let s = this.slotOf(k0, k1, k2, k3);
    while (this.values[s] !== undefined) s = (s + 1) & mask;
    const k = s * 4;
    this.keys[k] = k0;
    this.keys[k + 1] = k1;
    this.keys[k + 2] = k2;
    this.keys[k + 3] = k3;
    this.values[s] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.slots *= 2;
    this.keys = new Int32Array(this.slots * 4);
    this.values = new Array<T | undefined>(this.slots).fill(undefined);
    for (let s = 0; s < values.length; s++) {
      const v = values[s];
      if (v !== undefined) this.put(keys[s * 4], keys[s * 4 + 1], keys[s * 4 + 2], keys[s * 4 + 3], v);
    }
  }

  /** Forgets every flow and every IPv6 id. */
  private reset(): void {
    this.keys.fill(0);
    this.values.fill(undefined);
    this.size = 0;
    this.v6ids.clear();
  }
}
