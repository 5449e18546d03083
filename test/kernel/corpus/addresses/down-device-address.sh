# addresses on a down device: only the local route
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip addr add 10.0.1.1/24 dev a0
ip route show table all
ip route get 10.0.1.1
ip route get 10.0.1.7
ip link set a0 up
ip route show table all
