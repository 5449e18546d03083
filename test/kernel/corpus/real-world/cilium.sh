# Cilium: marks to tables 2004/2005, local rule moved to 100, protocol kernel
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add default via 10.0.1.254
ip route add table 2004 local 0.0.0.0/0 dev lo
ip route add table 2005 10.0.0.0/8 via 10.0.2.254
ip rule add pref 100 lookup local protocol kernel
ip rule del pref 0
ip rule add pref 9 fwmark 0x200/0xf00 lookup 2004 protocol kernel
ip rule add pref 10 fwmark 0xa00/0xf00 lookup 2005 protocol kernel
ip rule show
ip -d rule show
ip route show table 2004
ip route get 8.8.8.8 mark 0x200
ip route get 10.9.9.9 mark 0xa00
ip route get 10.0.1.1
ip route get 8.8.8.8 mark 0x4000
