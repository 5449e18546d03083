# IPv6 addresses before and after up, addrgenmode, MTU below 1280, replace/change, brd -, lo extras
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip addr add 2001:db8:1::1/64 dev a0
ip addr add 2001:db8:2::1/64 dev a0 nodad
ip addr add 10.0.1.1/24 dev a0
ip -6 route show table all
ip route show table all
ip addr show dev a0
ip link set b0 addrgenmode none
ip link set b0 up
ip link set b1 up
ip link set a1 up
ip link set a0 up
ip addr show
ip -6 route show table all
ip -d link show b0
ip link set b0 mtu 1200
ip addr show dev b0
ip -6 route show table all
ip link set b0 mtu 1500
ip addr add 2001:db8:3::1/64 dev b0
ip addr show dev b0
ip addr replace 10.0.1.1/24 dev a0 metric 20
ip route show
ip addr change 10.0.1.5/24 dev a0
ip addr add 10.0.6.1/24 brd - dev b0
ip addr add 10.0.7.1/30 brd + dev b0
ip addr add 10.0.8.1/31 brd + dev b0
ip addr add 10.0.9.1/32 dev b0
ip -4 addr show dev b0
ip route show table local
ip link set lo up
ip addr add 127.0.0.2/8 dev lo
ip addr add 10.9.9.9/32 dev lo
ip addr show dev lo
ip route show table all
ip addr add 2001:db8:4::1/64 dev a0 noprefixroute
ip addr del 2001:db8:1::1/64 dev a0
ip -6 route show table main
ip link set a0 down
ip addr show dev a0
ip -6 route show table all
ip link set a0 up
ip addr show dev a0
ip link set a1 down
ip link set a0 down
ip link set a0 up
ip link show a0
ip addr show dev a0
