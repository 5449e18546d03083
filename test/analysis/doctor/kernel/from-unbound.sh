# expect: from-unbound:4:32764
ip link add eth1 type veth peer name eth1-p
ip link add eth2 type veth peer name eth2-p
ip link set eth1 up
ip link set eth1-p up
ip link set eth2 up
ip link set eth2-p up
ip addr add 198.51.100.2/24 dev eth1
ip addr add 203.0.113.2/24 dev eth2
ip route add default via 198.51.100.1 table 1
ip route add default via 203.0.113.1 table 2
ip route add default via 198.51.100.1
ip rule add from 198.51.100.2 table 1
ip rule add from 203.0.113.2 table 2
# probes
ip route get 1.1.1.1
ip route get 1.1.1.1 from 198.51.100.2
ip route get 1.1.1.1 from 203.0.113.2
