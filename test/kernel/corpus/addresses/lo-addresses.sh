# addresses on loopback give local routes
ip link set lo up
ip addr add 10.0.30.1/32 dev lo
ip addr add 10.0.31.1/24 dev lo
ip addr show dev lo
ip route show table all
ip route get 10.0.31.9
