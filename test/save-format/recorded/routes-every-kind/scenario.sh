# Routes of every type, multipath, metrics, realms, source-specific and IPv4-via-IPv6, both families.
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
ip addr add 192.0.2.1/24 dev eth0
ip addr add 198.51.100.1/24 dev eth1
ip -6 addr add 2001:db8::1/64 dev eth0 nodad
ip -6 addr add 2001:db8:1::1/64 dev eth1 nodad
ip route add default via 192.0.2.254 metric 100
ip route add 10.0.0.0/8 via 198.51.100.254 dev eth1 table 100 proto static
ip route add 10.1.0.0/16 table 100 nexthop via 192.0.2.2 weight 3 nexthop via 198.51.100.2
ip route add blackhole 10.2.0.0/16 table 100
ip route add unreachable 10.3.0.0/16 table 100
ip route add prohibit 10.4.0.0/16 metric 5
ip route add throw 10.5.0.0/16 table 100
ip route add 10.6.0.0/16 dev eth0 mtu lock 1300 advmss 1200 rtt 10ms initcwnd 10 window 65535 table 200
ip route add 10.7.0.0/16 dev eth1 src 198.51.100.1 realms 2 scope link
ip route add local 10.8.0.0/16 dev lo table local
ip route add 10.9.0.0/16 via inet6 2001:db8::2 dev eth0
ip route add 10.10.0.0/16 tos 0x10 via 192.0.2.3
ip route add 192.0.2.128/25 dev eth0 table 4000000
ip route add 10.11.0.0/16 via 192.0.2.4 dev eth0 onlink
ip route add 10.12.0.0/16 via 192.0.2.5 proto 42 metric 7 table 100
ip -6 route add default via 2001:db8::fe dev eth0 metric 1
ip -6 route add 2001:db8:100::/48 table 100 nexthop via 2001:db8::2 dev eth0 nexthop via 2001:db8:1::2 dev eth1
ip -6 route add blackhole 2001:db8:200::/48 table 100
ip -6 route add 2001:db8:300::/48 dev eth1 mtu 1400 hoplimit 32 pref high
ip -6 route add unreachable 2001:db8:400::/48 metric 2048
ip -6 route add 2001:db8:500::/48 from 2001:db8::/64 via 2001:db8::3 dev eth0
ip -6 route add prohibit 2001:db8:600::/48 table 200
