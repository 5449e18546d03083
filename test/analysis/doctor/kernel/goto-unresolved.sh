# expect: unresolved-goto:4:90 shadowed:4:32766:110
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
ip route add default via 10.1.0.1 dev eth1 table 10
ip rule add pref 90 goto 40000
ip rule add pref 110 table 10
# probes
ip rule show
ip route get 1.1.1.1
ip rule del pref 110
ip route get 1.1.1.1
