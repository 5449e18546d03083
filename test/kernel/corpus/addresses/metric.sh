# address metric sets the prefix route metric
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.16.1/24 dev a0 metric 50
ip addr add 2001:db8:16::1/64 dev a0 metric 60 nodad
ip addr show dev a0
ip route show
ip -6 route show
