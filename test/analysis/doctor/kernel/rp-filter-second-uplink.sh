# expect: rp-filter-drop:4:eth1
ip link add eth0 type veth peer name eth0-p
ip link add eth1 type veth peer name eth1-p
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev eth1
ip route add default via 10.0.0.1 dev eth0
sysctl -w net.ipv4.conf.all.rp_filter=1
# probes
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
ip route get 10.0.0.2 from 198.51.100.7 iif eth0
ip route add default via 10.1.0.1 dev eth1 table 2
ip rule add from 10.1.0.2 table 2 pref 1000
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule del pref 1000
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
