/** The feature flags of the random scenario generator (random-scenario.ts). */

/** Every feature the generator knows; a scenario uses those listed in `ScenarioOptions.features`. */
export const ALL_FEATURES = [
  /**
   * `sysctl -w net.ipv6.conf.default.accept_dad=0` first, so link-local addresses skip duplicate
   * address detection: the settled state is the same and recording is ~10x faster (no 1-3 s wait).
   */
  'no-dad',
  /** A third veth pair (c0/c1) in some scenarios. */
  'third-pair',
  /** Secondary and extra addresses (`10.0.1.100/24`, an address on lo). */
  'extra-addresses',
  /** `echo N NAME >> /etc/iproute2/rt_tables` and table names in commands. */
  'table-names',
  /** Unicast routes via a gateway or a device, in main and numbered tables. */
  'routes-unicast',
  /** blackhole, unreachable, prohibit and throw routes. */
  'routes-error',
  /** `local` routes. */
  'routes-local',
  /** broadcast, anycast and multicast routes. */
  'routes-exotic',
  /** `metric`, `proto`, `scope`, `src` on routes. */
  'route-options',
  /** `tos` on routes. */
  'route-tos',
  /** Route metrics: mtu, advmss, hoplimit, initcwnd, window. */
  'route-metrics',
  /** Tables with large ids (1000, 4000, 70000). */
  'big-tables',
  /** IPv6 routes, rules and probes. */
  'ipv6',
  /** Rules with from/to and `lookup`. */
  'rules',
  /** iif/oif selectors. */
  'rule-devices',
  /** fwmark[/mask] selectors. */
  'rule-fwmark',
  /** tos selectors. */
  'rule-tos',
  /** uidrange selectors. */
  'rule-uidrange',
  /** ipproto, sport, dport selectors. */
  'rule-ports',
  /** `not`. */
  'rule-not',
  /** goto and nop actions. */
  'rule-goto',
  /** blackhole, unreachable and prohibit actions. */
  'rule-error-actions',
  /** suppress_prefixlength and suppress_ifgroup. */
  'rule-suppress',
  /** Sysctls: ip_forward, rp_filter, src_valid_mark, accept_local, forwarding. */
  'sysctl',
  /** `ip rule del`, `ip route del`, `ip route flush table`. */
  'deletions',
  /** Commands the kernel or iproute2 reject. */
  'failing',
  /** `ip rule show` and friends in the middle of the configuration. */
  'mid-observations',
  /** JSON output (`-j`). */
  'json',
  /** Output lookups (`ip route get` without iif). */
  'probe-output',
  /** Input lookups (`ip route get ... iif DEV from SRC`). */
  'probe-input',
  /** `fibmatch` probes. */
  'probe-fibmatch',
  /** Multipath routes (probes then always name an oif; off by default: hashing is not exact). */
  'multipath',
  /** `ip link set DEV down/up` (deletes routes; off by default). */
  'link-changes',
] as const;

/** One feature flag. */
export type Feature = (typeof ALL_FEATURES)[number];

/** The features used when none are given: all but the ones whose outputs are not reproducible yet. */
export const DEFAULT_FEATURES: readonly Feature[] = ALL_FEATURES.filter(
  (f) => f !== 'multipath' && f !== 'link-changes',
);
