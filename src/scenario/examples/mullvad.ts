/**
 * Mullvad's rules (mullvad/mullvadvpn-app talpid-routing/src/unix/linux.rs): table 1836018789
 * ("mole" in ASCII) behind `not fwmark 0x6d6f6c65`, and main with suppress_prefixlength 0.
 */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'mullvad',
  title: 'Mullvad: the "mole" mark and table',
  description:
    'Mullvad routes everything through wg0-mullvad via table 1836018789 except its own tunnel packets, ' +
    'marked 0x6d6f6c65; both rules are added without a priority.',
  lesson:
    'The same shape as wg-quick with other numbers: 0x6d6f6c65 and 1836018789 are the same value, "mole" ' +
    'in ASCII, and the automatic priorities are 32765 and 32764.',
  script: `# Mullvad (talpid-routing linux.rs): both rules without pref
ip link add eth0 type veth peer name eth0-p
ip link add wg0-mullvad type veth peer name wg0-mullvad-p
ip link set eth0 up
ip link set eth0-p up
ip link set wg0-mullvad up
ip link set wg0-mullvad-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 10.64.0.2/32 dev wg0-mullvad
ip route add default via 192.168.1.1 dev eth0
ip route add default dev wg0-mullvad table 1836018789
ip rule add not fwmark 0x6d6f6c65 table 1836018789
ip rule add table main suppress_prefixlength 0
ip rule show
ip route get 1.1.1.1
ip route get 185.65.135.1 mark 0x6d6f6c65
ip route get 192.168.1.5
`,
};
