# expect: mark-collision:4:tailscale:cilium
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
ip rule add pref 9 fwmark 0x200/0xf00 lookup main
ip rule add pref 5210 fwmark 0x80000/0xff0000 lookup main
ip rule add pref 5270 lookup 52
ip route add 100.64.0.0/10 dev wg0 table 52
# probes
ip route get 1.1.1.1 mark 0x80f00
ip route get 100.64.0.1 mark 0x80f00
ip route get 100.64.0.1 mark 0x70f00
