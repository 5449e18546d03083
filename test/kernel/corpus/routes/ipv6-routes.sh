# IPv6 routes: metrics, types, pref, EEXIST with another gateway (3.5)
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
ip -6 route add 2001:db8:10::/48 via 2001:db8:1::254
ip -6 route add 2001:db8:10::/48 via 2001:db8:1::253
ip -6 route append 2001:db8:10::/48 via 2001:db8:1::253
ip -6 route add 2001:db8:11::/48 dev a0 metric 5
ip -6 route add unreachable 2001:4860::/48
ip -6 route add blackhole 2001:4861::/48
ip -6 route add prohibit 2001:4862::/48
ip -6 route add throw 2001:4863::/48
ip -6 route add 2001:db8:12::/48 via 2001:db8:2::254 pref high
ip -6 route show
ip -j -6 route show
