# multipath routes: display, weights, fibmatch (no output probe: hash choice is random)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.13.0.0/16 nexthop via 10.0.1.254 dev a0 weight 1 nexthop via 10.0.2.254 dev b0 weight 3
ip route add 10.14.0.0/16 nexthop via 10.0.1.254 nexthop dev b0
ip route show
ip -j route show
ip route get 10.13.0.1 fibmatch
ip route get 10.13.0.1 oif b0
ip route get 10.13.0.1 oif a0
ip route show 10.13.0.0/16
