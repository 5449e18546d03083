# expect: shadowed:4:60:50
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
ip route add default dev wg0 table 100
ip rule add pref 50 to 10.9.0.0/16 blackhole
ip rule add pref 60 to 10.9.1.0/24 lookup 100
# probes
ip route get 10.9.1.1
ip rule del pref 50
ip route get 10.9.1.1
