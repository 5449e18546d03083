/**
 * Cilium's rules (cilium/cilium pkg/datapath/linux/linux_defaults/linux_defaults.go): proxy marks
 * in the 0xf00 nibble, table 2004 with `local 0.0.0.0/0 dev lo`, and the local rule moved from 0
 * to 100, all with `protocol kernel`.
 */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'cilium',
  title: 'Cilium: proxy marks and the local rule moved to 100',
  description:
    'Cilium delivers packets marked 0x200 (in the 0xf00 nibble) to its local proxy through table 2004, ' +
    'whose only route is `local 0.0.0.0/0 dev lo`, and moves the local rule from priority 0 to 100.',
  lesson:
    'A `local` route makes the host accept any address; rules can come before the local table once rule 0 ' +
    'is moved; `fwmark 0x200/0xf00` matches 0x1200 too, which is how mark schemes collide.',
  script: `# Cilium (linux_defaults.go): rules 9, 10 and 100, protocol kernel
ip link set lo up
ip link add eth0 type veth peer name eth0-p
ip link set eth0 up
ip link set eth0-p up
ip addr add 10.0.0.5/24 dev eth0
ip route add default via 10.0.0.1 dev eth0
ip rule add pref 9 fwmark 0x200/0xf00 table 2004 protocol kernel
ip route add local 0.0.0.0/0 dev lo table 2004
ip rule add pref 10 fwmark 0xa00/0xf00 table 2005 protocol kernel
ip rule add pref 100 table local protocol kernel
ip rule del pref 0 table local
ip rule show
ip route get 10.0.1.7 mark 0x200
ip route get 10.0.1.7 mark 0x1200
ip route get 10.0.1.7
ip route get 10.0.0.5
`,
};
