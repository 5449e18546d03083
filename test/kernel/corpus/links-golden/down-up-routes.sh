# static and multipath routes when a device goes down and up, and when it is deleted
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 2001:db8:1::1/64 dev a0
ip addr add 2001:db8:2::1/64 dev b0
ip route add 9.9.0.0/16 nexthop via 10.0.1.254 dev a0 nexthop via 10.0.2.254 dev b0
ip route add 8.8.0.0/16 via 10.0.2.254
ip route add table 100 default via 10.0.2.254
ip -6 route add 2001:db8:9::/48 via 2001:db8:2::254
ip link set b0 down
ip route show table all
ip -6 route show
ip link set b0 up
ip route show table all
ip -6 route show
ip link del a1
ip route show table all
ip -6 route show
ip addr
