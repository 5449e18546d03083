# every route type as shown by ip route show
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add unreachable 10.8.0.0/16 metric 7
ip route add blackhole 10.9.0.0/16
ip route add prohibit 10.10.0.0/16
ip route add throw 10.11.0.0/16
ip route add local 10.12.0.0/16 dev a0
ip route add broadcast 10.13.0.0/16 dev a0
ip route add anycast 10.14.0.0/16 dev a0
ip route add multicast 10.15.0.0/16 dev a0
ip route add unicast 10.16.0.0/16 dev a0
ip route show
ip route show table local
ip route show table all
ip -j route show table all
