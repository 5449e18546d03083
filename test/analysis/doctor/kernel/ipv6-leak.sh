# expect: ipv6-leak:6:32765
ip link set lo up
ip link add eth0 type veth peer name eth0-p
ip link add eth1 type veth peer name eth1-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip link set wg0 up
ip link set wg0-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev eth1
ip addr add 10.66.0.2/32 dev wg0
ip route add default via 10.0.0.1 dev eth0
ip -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -6 route add default via 2001:db8:1::1 dev eth0
ip route add default dev wg0 table 51820
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
# probes
ip route get 1.1.1.1
ip route get 2606:4700:4700::1111
