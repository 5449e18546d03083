# IPv6 address errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 2001:db8:4::1/64 dev a0 nodad
ip addr add 2001:db8:4::1/64 dev a0 nodad
ip addr add 2001:db8:4::1/129 dev a0
ip -6 addr add 10.0.1.9/24 dev a0
ip addr show dev a0
