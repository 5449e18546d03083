# Tailscale IPv6 rules and table 52 with fd7a:115c:a1e0::/48
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
ip addr add fd7a:115c:a1e0::1/128 dev tailscale0 nodad
ip -6 route add default via 2001:db8:1::254
ip -6 route add table 52 fd7a:115c:a1e0::/48 dev tailscale0
ip -6 rule add pref 5210 fwmark 0x80000/0xff0000 lookup main
ip -6 rule add pref 5230 fwmark 0x80000/0xff0000 lookup default
ip -6 rule add pref 5250 fwmark 0x80000/0xff0000 unreachable
ip -6 rule add pref 5270 lookup 52
ip -6 rule show
ip -6 route get fd7a:115c:a1e0::5
ip -6 route get fd7a:115c:a1e0::5 mark 0x80000
ip -6 route get 2001:4860::1 mark 0x80000
ip -6 route get 2001:4860::1
