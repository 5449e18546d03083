/** The three ways to refuse a packet, as routes and as rules: blackhole, unreachable, prohibit. */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'blackhole-unreachable-prohibit',
  title: 'blackhole, unreachable, prohibit',
  description:
    'Routes of the three refusing types in main, and rules of two of them: each ends the lookup with its ' +
    'own error instead of a next hop.',
  lesson:
    'unreachable answers "Network is unreachable" (a route: "No route to host"), prohibit "Permission ' +
    'denied", blackhole "Invalid argument"; a refusing rule stops the walk before any table is searched.',
  script: `# Refusing routes and rules
ip link add eth0 type veth peer name eth0-p
ip link set eth0 up
ip link set eth0-p up
ip addr add 10.0.0.2/24 dev eth0
ip route add default via 10.0.0.1 dev eth0
ip route add blackhole 192.0.2.0/24
ip route add unreachable 198.51.100.0/24
ip route add prohibit 203.0.113.0/24
ip rule add pref 100 to 10.99.0.0/16 unreachable
ip rule add pref 101 to 10.98.0.0/16 prohibit
ip rule show
ip route get 192.0.2.1
ip route get 198.51.100.1
ip route get 203.0.113.1
ip route get 10.99.1.1
ip route get 10.98.1.1
ip route get 8.8.8.8
`,
};
