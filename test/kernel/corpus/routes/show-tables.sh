# table ordering in table all and per-table display (6.3)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add table 100 default via 10.0.1.100
ip route add table 4000 default via 10.0.1.40
ip route add table 356 default via 10.0.1.35
ip route add table 1 default via 10.0.1.2
ip route show table all
ip route show table 100
ip route show table 4000
ip -d route show table 100
ip route show table default
ip route show table 999
