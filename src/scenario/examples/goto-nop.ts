/** `goto` and `nop` rules: jumps forward in the list, an unresolved goto, and a rule that does nothing. */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'goto-nop',
  title: 'goto and nop: jumping over rules',
  description:
    'Unmarked traffic takes table 10 (a VPN) at rule 110; traffic marked 1 jumps from rule 100 straight ' +
    "to main's rule 32766. Rule 90 jumps to a priority nobody has, and rule 105 does nothing.",
  lesson:
    'A goto resolves to the first rule with the target priority; with no such rule it shows [unresolved] ' +
    'and is skipped. A nop matches and the walk goes on.',
  script: `# goto jumps forward; nop does nothing
ip link add eth0 type veth peer name eth0-p
ip link add vpn0 type veth peer name vpn0-p
ip link set eth0 up
ip link set eth0-p up
ip link set vpn0 up
ip link set vpn0-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev vpn0
ip route add default via 10.0.0.1 dev eth0
ip route add default via 10.1.0.1 dev vpn0 table 10
ip rule add pref 90 goto 40000
ip rule add pref 100 fwmark 0x1 goto 32766
ip rule add pref 105 nop
ip rule add pref 110 table 10
ip rule show
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 1
`,
};
