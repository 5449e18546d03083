/**
 * The scripts the form specs (e2e/forms.spec.ts) make the app build, written out in full so the
 * kernel's answers for exactly these scripts can be recorded (`npx tsx e2e/record-form-cases.ts`
 * as root, into e2e/fixtures/kernel-forms.json). Each starts from BASE; the specs check that the
 * app's script is this text, then that its answers are the kernel's.
 */
/**
 * The scenario every case starts from (opened as a share link): the LARTC mail example's
 * machine, kept here so that changes to the built-in example do not invalidate the recording.
 */
export const BASE = `ip link add eth0 type veth peer name eth0-peer
ip link add ppp0 type veth peer name ppp0-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 195.96.98.254/30 dev ppp0
ip route add default via 10.0.0.1 dev eth0
echo 201 mail.out >> /etc/iproute2/rt_tables
ip rule add fwmark 1 table mail.out
ip route add default via 195.96.98.253 dev ppp0 table mail.out
ip rule show
ip route show table mail.out
ip route get 192.0.2.25 mark 1
ip route get 192.0.2.25
`;

/** BASE split where visual edits go (before `ip rule show` and the probes). */
const [head, tail] = (() => {
  const at = BASE.indexOf('ip rule show\n');
  return [BASE.slice(0, at), BASE.slice(at)];
})();

/** The probe the multipath case adds: fibmatch shows the whole route (no random hash). */
export const FIBMATCH_PROBE = 'ip route get fibmatch 198.51.100.7';

/** The script the multipath case opens (as a share link) before using the form. */
export const MULTIPATH_BASE = `${BASE}${FIBMATCH_PROBE}\n`;

/** Scripts by case name. */
export const FORM_CASES: Record<string, string> = {
  /** The rule form: unmarked mail to 192.0.2.0/24 sent to mail.out, with realms 3/4. */
  ruleRealms: `${head}ip rule add to 192.0.2.0/24 lookup mail.out realms 3/4 pref 100\n${tail}`,
  /** The rule form: a nat rule (deprecated; the kernel keeps no address). */
  ruleNat: `${head}ip rule add to 192.0.2.0/24 nat 192.0.2.1 pref 100\n${tail}`,
  /** The rule form: an l3mdev rule with a table, which iproute2 refuses. */
  ruleBadL3mdev: `${head}ip rule add l3mdev lookup 100 pref 100\n${tail}`,
  /** The route form: a multipath route in main, probed with fibmatch. */
  routeMultipath: `${head}ip route add 198.51.100.0/24 table main nexthop via 10.0.0.1 dev eth0 weight 2 nexthop via 195.96.98.253 dev ppp0\n${tail}${FIBMATCH_PROBE}\n`,
  /** The route form: mail.out's default route edited into a prohibit route (del + add). */
  routeEdit: `${head}ip route del default via 195.96.98.253 dev ppp0 table mail.out\nip route add prohibit default table mail.out\n${tail}`,
  /** The route form: a multipath nexthop the kernel refuses (gateway on no link). */
  routeBadNexthop: `${head}ip route add 198.51.100.0/24 table main nexthop via 10.0.0.1 dev eth0 nexthop via 203.0.113.1\n${tail}`,
  /** The Links tab: ppp0's mtu, alias and an IPv6 address. */
  linkSettings: `${head}ip link set ppp0 mtu 1400\nip link set ppp0 alias 'cheap link'\nip -6 addr add 2001:db8:1::2/64 dev eth0\n${tail}ip link show ppp0\nip -6 addr show dev eth0\n`,
  /** The Links tab: an mtu the kernel refuses. */
  linkBadMtu: `${head}ip link set ppp0 mtu 10\n${tail}`,
};
