# rp_filter=1 and a second link
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add eth1 type veth peer name eth1-p
ip link set dev eth1 address 02:00:00:00:00:05
ip link set dev eth1-p address 02:00:00:00:00:04
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev eth1
ip route add default via 10.0.0.1 dev eth0
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
# The fix: replies from 10.1.0.2 leave through eth1
ip route add default via 10.1.0.1 dev eth1 table 2
ip rule add from 10.1.0.2 table 2 pref 1000
ip route get 10.1.0.2 from 198.51.100.7 iif eth1
