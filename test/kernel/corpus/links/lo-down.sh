# loopback down removes the local routes of 127/8
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip link set lo down
ip route show table local
ip route get 127.0.0.1
ip link set lo up
ip route show table local
