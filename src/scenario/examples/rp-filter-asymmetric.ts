/** Strict reverse-path filtering drops traffic that arrives on a second link (real-world.md #10). */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'rp-filter-asymmetric',
  title: 'rp_filter drops asymmetric traffic',
  description:
    'A host with two links and one default route (eth0). With rp_filter=1, a packet arriving on eth1 ' +
    'from the Internet fails the reverse-path check, because the reply would leave through eth0.',
  lesson:
    'The reverse lookup runs the rules too: `from 10.1.0.2 lookup 2` (table 2 default via eth1) makes ' +
    'the reply leave through eth1, and the packet is accepted.',
  script: `# rp_filter=1 and a second link
ip link add eth0 type veth peer name eth0-p
ip link add eth1 type veth peer name eth1-p
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev eth1
ip route add default via 10.0.0.1 dev eth0
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
# The fix: replies from 10.1.0.2 leave through eth1
ip route add default via 10.1.0.1 dev eth1 table 2
ip rule add from 10.1.0.2 table 2 pref 1000
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
`,
};
