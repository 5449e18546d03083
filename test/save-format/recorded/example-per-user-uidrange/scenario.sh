# Per-user routing: uid 1001 through the VPN
sysctl -q net.ipv4.ip_forward=1
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add eth1 type veth peer name eth1-p
ip link set dev eth1 address 02:00:00:00:00:05
ip link set dev eth1-p address 02:00:00:00:00:04
ip link add vpn0 type veth peer name vpn0-p
ip link set dev vpn0 address 02:00:00:00:00:07
ip link set dev vpn0-p address 02:00:00:00:00:06
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip link set vpn0 up
ip link set vpn0-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 10.10.0.1/24 dev eth1
ip addr add 10.99.0.2/32 dev vpn0
ip route add default via 192.168.1.1 dev eth0
ip route add default dev vpn0 table 100
ip route add default via 192.168.1.254 dev eth0 table 200
ip rule add uidrange 1001-1001 table 100 pref 1000
ip rule add uidrange 0-0 table 200 pref 1100
ip rule show
ip route get 8.8.8.8 uid 1001
ip route get 8.8.8.8 uid 1000
ip route get 8.8.8.8 uid 0
ip route get 8.8.8.8 from 10.10.0.7 iif eth1
