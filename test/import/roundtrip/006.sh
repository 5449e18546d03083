# random scenario seed=20261129 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
echo 102 t102 >> /etc/iproute2/rt_tables
echo 103 vpn >> /etc/iproute2/rt_tables
echo 108 t108 >> /etc/iproute2/rt_tables
echo 110 t110 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip -6 rule add order 32000 to default lookup t110
ip rule add iif b1 pref 32765 to 11.0.0.0/8 lookup 109 suppress_ifgroup 5
ip -6 route add default via 2001:db8:2::68 dev b0
ip -6 rule add to 2606:4700::1111 order 100 blackhole
ip -6 route add 2001:4860:4860::8888 dev b0 scope link
ip -6 rule add from 2001:db8:2::/48 to 2001::/16 lookup vpn
ip route add 10.20.16.0/20 dev b0 scope link table 102
ip rule add from 10.0.1.0/24 fwmark 0x10/0xf0 oif a0 lookup 106
ip route add anycast 203.0.113.0/24 dev a1 table 106 tos 0x1c
ip -6 rule add pref 200 lookup local
ip -6 rule add from 2001:db8:1::/64 iif lo order 50 dport 53 table 102
ip route add local 192.0.2.33 dev b0 metric 200 table 100
ip -6 route add unicast 2a00:1450::/56 via 2001:db8:1::69 table 100
ip route add 5.5.0.0/16 via 10.0.1.253
ip -6 route add local 2001:db8:1::/56 dev a0 window 65535 src 2001:db8:2::1 metric 7 table local
ip -6 route add 2001:db8:99::1 dev b0 scope link metric 7
ip rule add from 10.0.1.0/24 lookup 100 suppress_ifgroup 0
ip rule add lookup 109
ip rule add to 8.0.0.0/8 pref 50 lookup 100
ip -6 route flush table 104
ip -6 rule add iif a0 tos 0xb8 from 2001:db8:1::/64 to default table 107
ip route show
ip route add 10.0.2.64/28 dev a1 scope link
ip route add prohibit 172.16.5.0/24 table 104
ip -6 route add 2001:db8:99::/96 dev b1 proto dhcp table 110 mtu lock 1300
ip -6 rule add priority 100 to default table t102
ip route add blackhole 10.20.0.0/16 table 104
ip rule add oif a0 sport 53 to 8.8.8.0/24 lookup main suppress_ifgroup 0
ip -6 route del 2001:db8:99::1
ip route add 100.64.3.0/24 nexthop via 10.0.1.103 weight 3 nexthop via 10.0.2.103 table 106 metric 0
ip -6 route add blackhole 2001:db8:2::/64 table t108
sysctl -w net.ipv4.conf.all.src_valid_mark=1 net.ipv4.conf.a1.forwarding=1
ip route add prohibit 10.20.16.0/20 table 106
ip rule add pref 32000 nop
ip route add unreachable 11.0.0.0/8 table vpn
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
