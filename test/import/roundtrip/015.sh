# random scenario seed=20261138 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link add c0 address 02:00:00:00:00:c0 type veth peer name c1 address 02:00:00:00:00:c1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip link set c0 up
ip link set c1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 10.0.3.1/24 dev c0
ip addr add 10.0.4.1/24 dev c1
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip addr add 2001:db8:3::1/64 dev c0 nodad
ip addr add 10.0.1.100/24 dev a0
echo 101 isp1 >> /etc/iproute2/rt_tables
echo 106 vpn >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip -4 rule add from 2001:db8::/32 lookup 100
ip route add 192.0.2.0/24 via 10.0.3.101 table 109
ip rule add oif a1 fwmark 0/0xff00 ipproto tcp to 203.0.113.8/30 pref 5000 unreachable
ip rule add from 10.0.0.0/8 pref 200 lookup main
ip route add throw 100.64.3.0/24 table 108
ip route add 203.0.113.0/24 via 10.0.3.102 dev c0 table 104 metric 7
ip rule del pref 5000
ip -6 route add 2a00:1450::/56 via 2001:db8:3::69 dev c0 table 110 metric 4294967295
ip rule add to 100.64.3.0/30 order 5000 table 108
ip -6 route add fd00:1::/64 via 2001:db8:2::fe dev b0 table main
ip route add anycast 10.20.30.40 dev a0 table 103
ip -6 rule add from 2001:db8::/32 blackhole
ip rule add from 10.0.1.0/24 iif a1 blackhole
ip route add default dev b0 table 101 scope link
ip route add 172.16.0.0/16 via 10.0.3.101 dev c0 tos 0x0c
ip route add unreachable 8.8.8.0/24 table local
sysctl -w net.ipv4.conf.b1.rp_filter=1
ip route add 10.20.30.32/28 via 10.0.3.100 dev c0 metric 1024 src 10.0.1.1
ip route show
ip -6 route add fd00:1::/56 dev c0 table isp1
ip route add unicast 198.51.100.0/28 via 10.0.3.254 dev c0 table 105 metric 4294967295
ip route del 10.99.0.0/16
ip route del unicast 198.51.100.0/28 table 105
ip -6 rule add order 50 fwmark 0x13 lookup 104
ip rule add pref 20 fwmark 0x7/0 lookup main
ip route add multicast 192.0.0.0/12 dev c0 table main
ip rule del pref 12345
ip -6 route add throw 2001:db8:aaaa::/48
ip route add blackhole 192.0.0.0/12 metric 200
ip -6 rule add from ::/8 to 2001:4860:4860::/56 fwmark 1 pref 32000 lookup main
ip -6 rule add priority 100 iif a1 to 2606:4700::/96 lookup 102
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
