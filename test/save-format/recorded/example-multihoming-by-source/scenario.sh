# LARTC split access: one table per provider
echo 1 T1 >> /etc/iproute2/rt_tables
echo 2 T2 >> /etc/iproute2/rt_tables
ip link add eth1 type veth peer name eth1-p
ip link set dev eth1 address 02:00:00:00:00:03
ip link set dev eth1-p address 02:00:00:00:00:02
ip link add eth2 type veth peer name eth2-p
ip link set dev eth2 address 02:00:00:00:00:05
ip link set dev eth2-p address 02:00:00:00:00:04
ip link set eth1 up
ip link set eth1-p up
ip link set eth2 up
ip link set eth2-p up
ip addr add 198.51.100.2/24 dev eth1
ip addr add 203.0.113.2/24 dev eth2
ip route add 198.51.100.0/24 dev eth1 src 198.51.100.2 table T1
ip route add default via 198.51.100.1 table T1
ip route add 203.0.113.0/24 dev eth2 src 203.0.113.2 table T2
ip route add default via 203.0.113.1 table T2
ip route add default via 198.51.100.1
ip rule add from 198.51.100.2 table T1
ip rule add from 203.0.113.2 table T2
ip rule show
ip route get 8.8.8.8
ip route get 8.8.8.8 from 203.0.113.2
ip route get 8.8.8.8 from 198.51.100.2
