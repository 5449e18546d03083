# preference, order, priority and their abbreviations
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add preference 10 lookup 100
ip rule add order 11 lookup 100
ip rule add priority 12 lookup 100
ip rule add pr 13 lookup 100
ip rule add prio 14 lookup 100
ip rule add pre 15 lookup 100
ip rule show
