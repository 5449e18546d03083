# IPv6 addresses with nodad and their routes
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:1::2/64 dev a0 nodad
ip addr add 2001:db8:9::1/128 dev a0 nodad
ip addr show dev a0
ip -6 route show table all
ip -j -6 addr show dev a0
