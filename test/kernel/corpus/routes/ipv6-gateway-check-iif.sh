# The IPv6 gateway check (ip6_route_check_nh) looks the gateway up with no iif, not lo: an `iif lo` rule misses it and a `not iif lo` rule catches it
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link add c0 address 02:00:00:00:00:c0 type veth peer name c1 address 02:00:00:00:00:c1
ip link set b0 up
ip link set b1 up
ip link set c0 up
ip link set c1 up
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip addr add 2001:db8:3::1/64 dev c0 nodad
ip -6 route add 2001:db8:2::/96 via 2001:db8:3::fe dev c0 table 100
ip -6 rule add pref 10 iif lo lookup 100
ip -6 route add fd00:1::/32 via 2001:db8:2::2 dev b0 table 106
ip -6 rule add pref 20 not iif lo blackhole
ip -6 route add fd00:2::/32 via 2001:db8:2::2 dev b0 table 106
ip -6 route add fd00:3::/32 via 2001:db8:2::2 table 106
ip -6 route add fd00:4::/32 via 2001:db8:2::1 dev b0 table 106
ip -6 route add fd00:5::/32 via 2001:db8:2::2 dev b0 onlink table 106
ip -6 rule del pref 20
ip -6 rule add pref 20 not iif lo unreachable
ip -6 route add fd00:6::/32 via 2001:db8:2::2 dev b0
ip -6 route add 2001:db8:2::/64 dev b0 table 106
ip -6 route add fd00:7::/32 via 2001:db8:2::2 dev b0 table 106
ip -6 route show table 106
ip -6 route show
