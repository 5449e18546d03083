/**
 * The mail example of the Linux Advanced Routing & Traffic Control HOWTO (LARTC §11, "Netfilter &
 * iproute - marking packets"): netfilter marks outgoing mail with 1, and a rule sends marked
 * packets to their own table, whose default route leaves through the ppp0 link. Two veth pairs
 * stand in for the HOWTO's Ethernet and PPP links; the mangle rules are the HOWTO's own
 * `iptables ... -j MARK --set-mark 1`; the two probes at the end ask the kernel where a marked and
 * an unmarked packet to the same address go.
 */

import type { Example } from './example';

/** The example's id. */
export const id = 'lartc-mail';

/** The example's title, as the UI lists it. */
export const title = 'LARTC: send marked mail out through ppp0';

/** One sentence on what the example shows. */
export const description =
  'Packets marked 1 (mail, marked by netfilter) look up table mail.out and leave through ppp0; ' +
  'everything else follows the main table out through eth0.';

/** What it teaches. */
export const lesson =
  'A rule matches on the fwmark netfilter set and sends only those packets to another table; ' +
  "the priority without `pref` is the kernel's choice (32765, just above main).";

/** The script: one command per line, as `rpdb run` and the kernel recorder read it. */
export const script = `# LARTC 11: mail (marked 1 by netfilter) leaves through ppp0, everything else through eth0.
# The HOWTO marks mail arriving from the LAN in PREROUTING; mail this host sends is marked in OUTPUT.
# The probes at the end carry the mark themselves, as the mangle rules would set it.
ip link add eth0 type veth peer name eth0-peer
ip link add ppp0 type veth peer name ppp0-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 195.96.98.254/30 dev ppp0
ip route add default via 10.0.0.1 dev eth0
iptables -A PREROUTING -i eth0 -t mangle -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
echo 201 mail.out >> /etc/iproute2/rt_tables
ip rule add fwmark 1 table mail.out
ip route add default via 195.96.98.253 dev ppp0 table mail.out
ip rule show
ip route show table mail.out
ip route get 192.0.2.25 mark 1
ip route get 192.0.2.25
`;

/** The example as the picker lists it. */
export const example: Example = { id, title, description, lesson, script };
