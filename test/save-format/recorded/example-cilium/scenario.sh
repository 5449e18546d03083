# Cilium (linux_defaults.go): rules 9, 10 and 100, protocol kernel
ip link set lo up
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link set eth0 up
ip link set eth0-p up
ip addr add 10.0.0.5/24 dev eth0
ip route add default via 10.0.0.1 dev eth0
ip rule add pref 9 fwmark 0x200/0xf00 table 2004 protocol kernel
ip route add local 0.0.0.0/0 dev lo table 2004
ip rule add pref 10 fwmark 0xa00/0xf00 table 2005 protocol kernel
ip rule add pref 100 table local protocol kernel
ip rule del pref 0 table local
ip rule show
ip route get 10.0.1.7 mark 0x200
ip route get 10.0.1.7 mark 0x1200
ip route get 10.0.1.7
ip route get 10.0.0.5
