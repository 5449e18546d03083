# LARTC split access: one table per uplink, from rules
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add table 1 10.0.1.0/24 dev a0 src 10.0.1.1
ip route add table 1 default via 10.0.1.254
ip route add table 2 10.0.2.0/24 dev b0 src 10.0.2.1
ip route add table 2 default via 10.0.2.254
ip route add default via 10.0.1.254
ip rule add from 10.0.1.1 table 1
ip rule add from 10.0.2.1 table 2
ip rule show
ip route get 8.8.8.8
ip route get 8.8.8.8 from 10.0.1.1
ip route get 8.8.8.8 from 10.0.2.1
ip route get 10.0.2.9 from 10.0.1.1
