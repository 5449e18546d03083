import { FibTable } from './fib-table';
import { carrierOk } from './link-state';
import type { Family } from './ip';
import type { IfAddr, Link, Rule } from './model';
import { TABLE } from './model';
import { SysctlStore } from './sysctl';

/**
 * A simulated Linux host: what one network namespace holds for routing. A new Host is a fresh
 * namespace: only `lo` (down), the default rules, tables local and main (IPv4) and main and
 * local (IPv6), all empty.
 */
export class Host {
  /** Devices by ifindex, in ifindex order of creation. */
  readonly links = new Map<number, Link>();
  /** Next ifindex to hand out (dev_new_index). */
  nextIfindex = 1;
  /** Interface addresses in kernel list order (per device, IPv4 then IPv6 kept apart by family). */
  readonly addrs: IfAddr[] = [];
  /** IPv4 and IPv6 tables by id. */
  readonly tables: Record<Family, Map<number, FibTable>> = { 4: new Map(), 6: new Map() };
  /** Rule lists in kernel order (pref ascending, insertion order within a pref). */
  readonly rules: Record<Family, Rule[]> = { 4: [], 6: [] };
  /** fib_has_custom_rules: set by the first IPv4 rule add, never cleared. */
  customRules4 = false;
  /** fib6_has_custom_rules: set by the first IPv6 rule add (deletes do not set it). */
  customRules6 = false;
  /** Set when a `local` route was added by a user (disables the rp_filter fast path). */
  userLocalRoutes4 = false;
  readonly sysctl = new SysctlStore(this);
  private stamp = 0;
  private tableStamp = 0;

  constructor() {
    this.table(4, TABLE.LOCAL, true);
    this.table(4, TABLE.MAIN, true);
    this.table(6, TABLE.MAIN, true);
    this.table(6, TABLE.LOCAL, true);
  }

  /** A fresh creation-order stamp (routes, rules, addresses keep insertion order by it). */
  nextSeq(): number {
    return ++this.stamp;
  }

  /** The table `id` of `family`; created (fib_new_table) when `create` is set. */
  table(family: Family, id: number, create: true): FibTable;
  table(family: Family, id: number, create?: boolean): FibTable | undefined;
  table(family: Family, id: number, create = false): FibTable | undefined {
    const map = this.tables[family];
    let t = map.get(id);
    if (!t && create) {
      t = new FibTable(family, id, ++this.tableStamp);
      map.set(id, t);
    }
    return t;
  }

  /** Tables in the order `ip route show table all` dumps them (hash bucket, newest first). */
  tablesInDumpOrder(family: Family): FibTable[] {
    return [...this.tables[family].values()].sort(
      (a, b) => (a.id % 256) - (b.id % 256) || b.created - a.created,
    );
  }

  /** The device named `name`. */
  linkByName(name: string): Link | undefined {
    for (const l of this.links.values()) if (l.name === name) return l;
    return undefined;
  }

  /** The ifindex of the device named `name` (dev_get_by_name). */
  ifindexByName(name: string): number | undefined {
    return this.linkByName(name)?.ifindex;
  }

  /** netif_carrier_ok: the device is up and has carrier (link-state.ts keeps the carrier). */
  carrierOk(ifindex: number): boolean {
    return carrierOk(this, ifindex);
  }

  /** The device with index `ifindex`. */
  link(ifindex: number): Link | undefined {
    return this.links.get(ifindex);
  }

  /** Addresses of `family` on device `ifindex`, in kernel list order. */
  addrsOf(ifindex: number, family: Family): IfAddr[] {
    return this.addrs.filter((a) => a.ifindex === ifindex && a.family === family);
  }
}
