# goto jumps forward; nop does nothing
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add vpn0 type veth peer name vpn0-p
ip link set dev vpn0 address 02:00:00:00:00:05
ip link set dev vpn0-p address 02:00:00:00:00:04
ip link set eth0 up
ip link set eth0-p up
ip link set vpn0 up
ip link set vpn0-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev vpn0
ip route add default via 10.0.0.1 dev eth0
ip route add default via 10.1.0.1 dev vpn0 table 10
ip rule add pref 90 goto 40000
ip rule add pref 100 fwmark 0x1 goto 32766
ip rule add pref 105 nop
ip rule add pref 110 table 10
ip rule show
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 1
