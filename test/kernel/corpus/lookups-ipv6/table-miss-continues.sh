# table miss, throw and error routes in IPv6 tables (1.8)
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
ip -6 route add table 101 default via 2001:db8:1::101
ip -6 route add table 102 default via 2001:db8:1::102
ip -6 route add table 103 default via 2001:db8:1::103
ip -6 route add table 104 default via 2001:db8:1::104
ip -6 route add table 105 default via 2001:db8:1::105
ip -6 route add default via 2001:db8:1::254
ip -6 route add table 110 2001:4860::/32 via 2001:db8:2::110
ip -6 route add table 110 throw 2001:4861::/32
ip -6 route add table 110 unreachable 2001:4862::/32
ip -6 route add table 110 prohibit 2001:4863::/32
ip -6 route add table 110 blackhole 2001:4864::/32
ip -6 rule add pref 100 lookup 110
ip -6 route get 2001:4860::1
ip -6 route get 2001:4861::1
ip -6 route get 2001:4862::1
ip -6 route get 2001:4863::1
ip -6 route get 2001:4864::1
ip -6 route get 2001:4865::1
