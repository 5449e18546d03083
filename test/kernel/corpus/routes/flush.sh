# ip route flush needs a selector; flushing tables and by protocol
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.80.0.0/16 via 10.0.1.254
ip route add 10.81.0.0/16 via 10.0.1.254 proto static
ip route add table 100 10.82.0.0/16 via 10.0.1.254
ip route add table 100 default via 10.0.2.254
ip route flush
ip route flush proto static
ip route show
ip route flush table 100
ip route show table 100
ip route flush table main
ip route show
