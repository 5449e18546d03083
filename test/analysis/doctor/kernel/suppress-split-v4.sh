# expect: suppress-never:4:100
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
ip route add 0.0.0.0/1 dev wg0
ip route add 128.0.0.0/1 dev wg0
ip rule add pref 100 lookup main suppress_prefixlength 0
# probes
ip route get 1.1.1.1
ip route get 200.1.1.1
ip route get 10.0.0.7
