# Refusing routes and rules
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link set eth0 up
ip link set eth0-p up
ip addr add 10.0.0.2/24 dev eth0
ip route add default via 10.0.0.1 dev eth0
ip route add blackhole 192.0.2.0/24
ip route add unreachable 198.51.100.0/24
ip route add prohibit 203.0.113.0/24
ip rule add pref 100 to 10.99.0.0/16 unreachable
ip rule add pref 101 to 10.98.0.0/16 prohibit
ip rule show
ip route get 192.0.2.1
ip route get 198.51.100.1
ip route get 203.0.113.1
ip route get 10.99.1.1
ip route get 10.98.1.1
ip route get 8.8.8.8
