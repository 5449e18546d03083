/** IPv6: `::/1` + `8000::/1` (the OpenVPN def1 trick) against `suppress_prefixlength 0`. */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'ipv6-split-default',
  title: 'IPv6: ::/1 + 8000::/1 against suppress_prefixlength 0',
  description:
    'A VPN client added ::/1 and 8000::/1 through wg0 to main instead of replacing ::/0; a wg-quick style ' +
    'rule `lookup main suppress_prefixlength 0` sits above main.',
  lesson:
    'Two /1 routes beat ::/0 on prefix length, and suppress_prefixlength 0 only rejects /0, so the /1s are ' +
    "accepted: all traffic but the LAN's /64 leaves through wg0.",
  script: `# IPv6 split default routes
ip link add eth0 type veth peer name eth0-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set wg0 up
ip link set wg0-p up
ip -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -6 addr add fd00:66::2/128 dev wg0 nodad
ip -6 route add default via 2001:db8:1::1 dev eth0
ip -6 route add ::/1 dev wg0
ip -6 route add 8000::/1 dev wg0
ip -6 rule add table main suppress_prefixlength 0
ip -6 rule show
ip -6 route show
ip route get 2606:4700::1111
ip route get 2001:db8:1::7
ip route get 9000::1
`,
};
