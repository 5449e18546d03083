# noprefixroute suppresses the subnet route
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.15.1/24 dev a0 noprefixroute
ip addr show dev a0
ip -4 route show table all
ip route get 10.0.15.9
