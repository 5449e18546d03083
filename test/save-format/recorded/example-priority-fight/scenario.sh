# Tailscale first (router_linux.go), then wg-quick with AllowedIPs = 0.0.0.0/0
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add tailscale0 type veth peer name tailscale0-p
ip link set dev tailscale0 address 02:00:00:00:00:05
ip link set dev tailscale0-p address 02:00:00:00:00:04
ip link add wg0 type veth peer name wg0-p
ip link set dev wg0 address 02:00:00:00:00:07
ip link set dev wg0-p address 02:00:00:00:00:06
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
# wg-quick up: no pref, so 5209 and then 5208
ip -4 route add 0.0.0.0/0 dev wg0 table 51820
ip -4 rule add not fwmark 51820 table 51820
ip -4 rule add table main suppress_prefixlength 0
ip rule show
ip route get 100.100.1.2
# The fix: the tailnet before everything else
ip rule add to 100.64.0.0/10 lookup 52 pref 5200
ip route get 100.100.1.2
ip route get 8.8.8.8
