/**
 * wg-quick with AllowedIPs = 0.0.0.0/0 (WireGuard/wireguard-tools src/wg-quick/linux.bash,
 * add_default): two rules without `pref`, a default route in table 51820, and src_valid_mark.
 */
import type { Example } from './example';

/** The example as the picker lists it. */
export const example: Example = {
  id: 'wg-quick-full-tunnel',
  title: 'wg-quick: full tunnel with suppress_prefixlength 0',
  description:
    'wg-quick sends everything not marked 51820 to table 51820 (default via wg0), but first lets main ' +
    'answer for anything more specific than a default route.',
  lesson:
    "`lookup main suppress_prefixlength 0` accepts main's /24 for the LAN and rejects main's /0, so the " +
    "walk goes on to table 51820; the tunnel's own packets carry mark 0xca6c and skip it.",
  script: `# wg-quick up wg0 with AllowedIPs = 0.0.0.0/0 (wireguard-tools, linux.bash add_default)
ip link add eth0 type veth peer name eth0-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set wg0 up
ip link set wg0-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 10.66.66.2/32 dev wg0
ip route add default via 192.168.1.1 dev eth0
ip -4 route add 0.0.0.0/0 dev wg0 table 51820
ip -4 rule add not fwmark 51820 table 51820
ip -4 rule add table main suppress_prefixlength 0
sysctl -q net.ipv4.conf.all.src_valid_mark=1
ip rule show
ip route get 1.1.1.1
ip route get 192.168.1.20
ip route get 203.0.113.5 mark 0xca6c
`,
};
