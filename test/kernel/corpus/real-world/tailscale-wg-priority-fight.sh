# problem 2: wg-quick after Tailscale gets auto prefs 5208/5209 above 5270; fix with pref 5200
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip link add tailscale0 address 02:00:00:00:00:e0 type veth peer name tsp address 02:00:00:00:00:e1
ip link set tailscale0 up
ip link set tsp up
ip link add wg0 address 02:00:00:00:00:d0 type veth peer name wgp address 02:00:00:00:00:d1
ip link set wg0 up
ip link set wgp up
ip route add default via 10.0.1.254
ip route add table 52 100.64.0.0/10 dev tailscale0
ip rule add pref 5210 fwmark 0x80000/0xff0000 lookup main
ip rule add pref 5230 fwmark 0x80000/0xff0000 lookup default
ip rule add pref 5250 fwmark 0x80000/0xff0000 unreachable
ip rule add pref 5270 lookup 52
ip route add 0.0.0.0/0 dev wg0 table 51820
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
ip rule show
ip route get 100.101.2.3
ip rule add to 100.64.0.0/10 lookup 52 pref 5200
ip rule show
ip route get 100.101.2.3
ip route get 8.8.8.8
