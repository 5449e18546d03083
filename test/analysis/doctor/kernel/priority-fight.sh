# expect: shadowed:4:5210:5209 shadowed:4:5230:5209 shadowed:4:5250:5209 mark-collision:4:wg-quick:tailscale
ip link add eth0 type veth peer name eth0-p
ip link add tailscale0 type veth peer name tailscale0-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set tailscale0 up
ip link set tailscale0-p up
ip link set wg0 up
ip link set wg0-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 100.101.102.103/32 dev tailscale0
ip addr add 10.66.66.2/32 dev wg0
ip route add default via 192.168.1.1 dev eth0
ip rule add pref 5210 fwmark 0x80000/0xff0000 table main
ip rule add pref 5230 fwmark 0x80000/0xff0000 table default
ip rule add pref 5250 fwmark 0x80000/0xff0000 type unreachable
ip rule add pref 5270 table 52
ip route add 100.64.0.0/10 dev tailscale0 table 52
ip -4 route add 0.0.0.0/0 dev wg0 table 51820
ip -4 rule add not fwmark 51820 table 51820
ip -4 rule add table main suppress_prefixlength 0
# probes
ip rule show
ip route get 1.1.1.1 mark 0x80000
ip rule del pref 5209
ip route get 1.1.1.1 mark 0x80000
