import { EINVAL, ENOENT, fail, ok, type KResult } from './errors';
import type { Host } from './host';
import type { Link } from './model';
import { addrconfForwardChange } from './addrconf-anycast';
import { addrconfDisableIpv6 } from './addrconf-dev';

/** IPv4 per-device settings (`/proc/sys/net/ipv4/conf/X/*`) with a fresh namespace's values. */
export const IPV4_CONF_DEFAULTS: Readonly<Record<string, number>> = {
  forwarding: 0,
  mc_forwarding: 0,
  accept_redirects: 1,
  secure_redirects: 1,
  shared_media: 1,
  rp_filter: 0,
  send_redirects: 1,
  accept_source_route: 1,
  accept_local: 0,
  src_valid_mark: 0,
  proxy_arp: 0,
  medium_id: 0,
  bootp_relay: 0,
  log_martians: 0,
  tag: 0,
  arp_filter: 0,
  arp_announce: 0,
  arp_ignore: 0,
  arp_accept: 0,
  arp_notify: 0,
  proxy_arp_pvlan: 0,
  route_localnet: 0,
  ignore_routes_with_linkdown: 0,
  bc_forwarding: 0,
  disable_xfrm: 0,
  disable_policy: 0,
  promote_secondaries: 0,
  force_igmp_version: 0,
  igmpv2_unsolicited_report_interval: 10000,
  igmpv3_unsolicited_report_interval: 1000,
  drop_gratuitous_arp: 0,
  drop_unicast_in_l2_multicast: 0,
  arp_evict_nocarrier: 1,
};

/** IPv6 per-device settings (`/proc/sys/net/ipv6/conf/X/*`) that the engine models. */
export const IPV6_CONF_DEFAULTS: Readonly<Record<string, number>> = {
  forwarding: 0,
  disable_ipv6: 0,
  accept_dad: 1,
  dad_transmits: 1,
  accept_ra: 1,
  autoconf: 1,
  addr_gen_mode: 0,
  keep_addr_on_down: 0,
  ignore_routes_with_linkdown: 0,
  hop_limit: 64,
  mtu: 1280,
};

/** Global (not per-device) sysctls that routing reads, with fresh-namespace values. */
export const GLOBAL_DEFAULTS: Readonly<Record<string, number>> = {
  'net.ipv4.ip_forward': 0,
  'net.ipv4.fib_multipath_hash_policy': 0,
  'net.ipv4.fib_multipath_use_neigh': 0,
  'net.ipv4.ip_nonlocal_bind': 0,
  'net.ipv4.conf.all.forwarding': 0,
  'net.ipv6.fib_multipath_hash_policy': 0,
};

/**
 * The routing sysctls of a host: `net.ipv4.conf.{all,default,DEV}.*`, `net.ipv6.conf.*.*` and
 * the globals above. Devices copy `default` when created (devinet_init_net / addrconf).
 */
export class SysctlStore {
  private readonly host: Host;
  private readonly values = new Map<string, number>();
  private linkdownCache: { ipv4?: boolean; ipv6?: boolean } = {};
  /** `net.ipv4.conf.DEV.NAME` keys by NAME and DEV, each built once (route lookups ask often). */
  private readonly ipv4ConfKeys = new Map<string, Map<string, string>>();

  constructor(host: Host) {
    this.host = host;
    for (const [k, v] of Object.entries(GLOBAL_DEFAULTS)) this.values.set(k, v);
    for (const scope of ['all', 'default']) {
      for (const [k, v] of Object.entries(IPV4_CONF_DEFAULTS))
        this.values.set(`net.ipv4.conf.${scope}.${k}`, v);
      // A fresh namespace: conf/all has source routing off while default and devices have it on.
      if (scope === 'all') this.values.set('net.ipv4.conf.all.accept_source_route', 0);
      for (const [k, v] of Object.entries(IPV6_CONF_DEFAULTS))
        this.values.set(`net.ipv6.conf.${scope}.${k}`, v);
    }
  }

  /** Creates a device's conf entries from `default` (called when a device is registered). */
  addDevice(name: string): void {
    for (const fam of ['ipv4', 'ipv6']) {
      const defaults = fam === 'ipv4' ? IPV4_CONF_DEFAULTS : IPV6_CONF_DEFAULTS;
      for (const k of Object.keys(defaults)) {
        const v = this.values.get(`net.${fam}.conf.default.${k}`) ?? defaults[k];
        this.values.set(`net.${fam}.conf.${name}.${k}`, v);
      }
    }
    if (name === 'lo') {
      // loopback_net_init: lo never needs IPsec policy checks.
      this.values.set('net.ipv4.conf.lo.disable_policy', 1);
      this.values.set('net.ipv4.conf.lo.disable_xfrm', 1);
    }
  }

  /** Drops a device's conf entries (device deleted). */
  removeDevice(name: string): void {
    for (const fam of ['ipv4', 'ipv6'])
      for (const k of [...this.values.keys()])
        if (k.startsWith(`net.${fam}.conf.${name}.`)) this.values.delete(k);
  }

  /** Moves a device's conf entries to a new name (device renamed). */
  renameDevice(from: string, to: string): void {
    for (const [k, v] of [...this.values]) {
      for (const fam of ['ipv4', 'ipv6']) {
        const p = `net.${fam}.conf.${from}.`;
        if (k.startsWith(p)) {
          this.values.delete(k);
          this.values.set(`net.${fam}.conf.${to}.${k.slice(p.length)}`, v);
        }
      }
    }
  }

  /** True when the key exists (a file under /proc/sys). */
  has(key: string): boolean {
    return this.values.has(normalizeKey(key));
  }

  /** The value of `key`, or undefined when no such sysctl exists. */
  get(key: string): number | undefined {
    return this.values.get(normalizeKey(key));
  }

  /** All keys, sorted (for snapshots and `sysctl -a`-like listings). */
  keys(): string[] {
    return [...this.values.keys()].sort();
  }

  /**
   * Writes a sysctl as the kernel handler does, including the side effects of the forwarding
   * switches (devinet_sysctl_forward, inet_forward_change, addrconf_fixup_forwarding).
   */
  set(rawKey: string, value: number): KResult {
    const key = normalizeKey(rawKey);
    if (!this.values.has(key)) return fail(ENOENT);
    if (!Number.isInteger(value) || value < -2147483648 || value > 2147483647) return fail(EINVAL);
    if (/fib_multipath_hash_policy$/.test(key) && (value < 0 || value > 3)) return fail(EINVAL);
    const before = this.values.get(key);
    this.values.set(key, value);
    this.linkdownCache = {};
    const v4conf = /^net\.ipv4\.conf\.([^.]+)\.forwarding$/.exec(key);
    if ((key === 'net.ipv4.ip_forward' || (v4conf && v4conf[1] === 'all')) && before !== value) {
      // inet_forward_change: ip_forward is conf/all/forwarding; default and every device take
      // the value as written, and conf/all/accept_redirects becomes its negation.
      this.values.set('net.ipv4.ip_forward', value);
      this.values.set('net.ipv4.conf.all.forwarding', value);
      this.values.set('net.ipv4.conf.all.accept_redirects', value ? 0 : 1);
      this.values.set('net.ipv4.conf.default.forwarding', value);
      for (const l of this.host.links.values()) this.values.set(`net.ipv4.conf.${l.name}.forwarding`, value);
    }
    const v6 = /^net\.ipv6\.conf\.([^.]+)\.(forwarding|disable_ipv6)$/.exec(key);
    if (v6 && v6[1] !== 'default') this.ipv6ConfChange(v6[1], v6[2], value, before ?? 0);
    return ok(undefined);
  }

  /**
   * addrconf_fixup_forwarding / addrconf_disable_change: `all` is copied to default and every
   * device; each device whose value changed reacts (anycast routes, address teardown).
   */
  private ipv6ConfChange(scope: string, name: string, value: number, old: number): void {
    const react = (l: Link) => (name === 'forwarding' ? addrconfForwardChange(this.host, l) : addrconfDisableIpv6(this.host, l, value !== 0));
    if (scope !== 'all') {
      const l = this.host.linkByName(scope);
      if (l && !value !== !old) react(l);
      return;
    }
    this.values.set(`net.ipv6.conf.default.${name}`, value);
    for (const l of this.host.links.values()) {
      const k = `net.ipv6.conf.${l.name}.${name}`;
      const prev = this.values.get(k) ?? 0;
      this.values.set(k, value);
      if (!prev !== !value) react(l);
    }
  }

  /**
   * ignore_routes_with_linkdown of a device: IPv4 as IN_DEV_IGNORE_ROUTES_WITH_LINKDOWN combines
   * `all` and the device, IPv6 when `all` or the device sets it.
   */
  ignoresLinkdown(family: 4 | 6, devName: string): boolean {
    if (family === 4) return this.ipv4Dev(devName, 'ignore_routes_with_linkdown') !== 0;
    return (
      (this.get('net.ipv6.conf.all.ignore_routes_with_linkdown') ?? 0) !== 0 ||
      (this.get(`net.ipv6.conf.${devName}.ignore_routes_with_linkdown`) ?? 0) !== 0
    );
  }

  /** False when no device can ignore routes with linkdown (lets lookups skip carrier checks). */
  linkdownMatters(family: 4 | 6): boolean {
    const fam = family === 4 ? 'ipv4' : 'ipv6';
    if (this.linkdownCache[fam] === undefined) {
      let any = false;
      for (const [k, v] of this.values) if (v && k.startsWith(`net.${fam}.conf.`) && k.endsWith('.ignore_routes_with_linkdown')) any = true;
      this.linkdownCache[fam] = any;
    }
    return this.linkdownCache[fam]!;
  }

  /** The key `net.ipv4.conf.DEV.NAME`, the same string every time. */
  private ipv4ConfKey(devName: string, name: string): string {
    let byDev = this.ipv4ConfKeys.get(name);
    if (!byDev) this.ipv4ConfKeys.set(name, (byDev = new Map()));
    let key = byDev.get(devName);
    if (key === undefined) byDev.set(devName, (key = `net.ipv4.conf.${devName}.${name}`));
    return key;
  }

  /** IPv4 devconf value of a device combined with `all` as IN_DEV_* macros combine them. */
  ipv4Dev(devName: string, name: string): number {
    const all = this.values.get(this.ipv4ConfKey('all', name)) ?? 0;
    const dev = this.values.get(this.ipv4ConfKey(devName, name)) ?? 0;
    switch (name) {
      case 'rp_filter':
      case 'arp_ignore':
      case 'arp_announce':
        return Math.max(all, dev); // IN_DEV_MAXCONF
      case 'forwarding':
        return dev; // IN_DEV_FORWARD: per device only
      case 'bc_forwarding':
      case 'mc_forwarding':
        return all && dev ? 1 : 0; // IN_DEV_ANDCONF
      default:
        return all || dev ? 1 : 0; // IN_DEV_ORCONF
    }
  }
}

/** sysctl(8) accepts slashes as separators too. */
function normalizeKey(key: string): string {
  return key.includes('/') ? key.replace(/^\/?(proc\/sys\/)?/, '').replaceAll('/', '.') : key;
}
