# random scenario seed=20261139 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.1.100/24 dev a0
echo 100 t100 >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
echo 104 guest >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.conf.a1.rp_filter=1 net.ipv6.conf.all.forwarding=0
ip route flush table 108
ip route add 10.0.0.0/16 dev b0 table 107
ip -6 rule add not fwmark 0x7/0 ipproto udp oif a0 to default lookup t109
ip -6 rule add type unicast
ip -6 route del 2001:db8:dead::/48 table 101
ip -6 route add 2001::/16 via 2001:db8:1::66 table 1000
ip route add throw 10.20.30.0/24 table 100
ip -6 route add 2001:db8:99::/48 dev a0 metric 1
ip route add 198.48.0.0/12 dev a1 table main
ip route add 10.0.0.0/8 via 10.0.1.104 dev a0 table 108
ip route add 1.0.0.0/12 via 10.0.2.253 table 108 proto 99 mtu 1400
ip -6 rule add order 20 ipproto ipv6-icmp nop
ip route show table all
sysctl -w net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=0
ip route add 8.8.8.0/24 dev a0 mtu lock 1300 table 101
ip route add default dev a0 metric 7
ip -6 route add local 2001:db8:99::/48 dev b0 table local src 2001:db8:1::1 metric 1
ip -6 route add 2001:db8:aaaa:bb00::/56 dev b1 table 108 initcwnd 10
ip -6 rule add pref 200 table 101
ip route add 100.64.3.0/24 via 10.0.1.104 hoplimit 32 table 110
ip route add unicast 1.1.0.0/16 via 10.0.2.102 table 107 src 10.0.1.1
ip -6 rule show
ip route add 11.0.0.0/25 via 10.0.1.2 table 101
ip -6 rule del not fwmark 0x7/0 ipproto udp oif a0 to default lookup t109
ip -6 rule add oif b0 order 1000 to 2001:db8:1::/96 lookup 105
ip rule add pref 5000 lookup t109
ip rule add pref 500 lookup 101
ip route add throw 198.51.100.7 table t103
ip route add 203.0.113.0/25 via 10.0.1.103
ip -6 route add unreachable 2001:db8:99::/48 table 108
ip link set a1 down
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
