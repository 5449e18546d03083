# IPv6 from need not be a local address (6.4)
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
ip -6 rule add pref 100 from 2001:db8:99::/48 lookup 103
ip -6 route get 2001:4860::1 from 2001:db8:99::5
ip -6 route get 2001:4860::1 from 2001:db8:98::5
