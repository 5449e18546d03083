# random scenario seed=20261169 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 102 t102 >> /etc/iproute2/rt_tables
echo 103 guest >> /etc/iproute2/rt_tables
echo 106 mgmt >> /etc/iproute2/rt_tables
echo 107 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip rule add order 100 dport 53 from 10.0.2.9 iif a0 lookup 105
ip route add 172.16.5.0/25 via 10.0.1.105 table main mtu 1400
ip rule add dport 65535 lookup 100
ip route add anycast 198.51.100.7 dev c1
ip -6 route add 2001:db8:1::/48 via 2001:db8:3::fe
ip route add 172.16.0.0/20 dev a0
ip route add broadcast 100.64.3.3 dev c0 metric 10 table 100
ip -6 route add blackhole 2001:db8:aaaa:bb00::/56 table 101
ip route add 192.0.2.0/24 via 10.0.1.253 table 104
ip rule add to 10.20.30.40 order 32000 fwmark 0x100 table 1000
ip -6 rule add pref 10 to default lookup 110
ip -6 route add 2001:db8:aaaa:bbbb::/96 via 2001:db8:2::64 dev b0 table 100 metric 7
ip -6 rule add nop
ip route add throw 203.0.113.0/24 table 100
ip -6 route add 2001:db8:1::/64 via 2001:db8:3::fe dev c0 mtu lock 1300
ip route add local 172.16.5.0/28 dev a1 table isp1 metric 7
ip rule add not dport 443 to 11.0.0.1 pref 5000 uidrange 5-5 lookup main
ip -6 rule show
ip route add 192.0.0.0/20 dev c0 table 109
ip rule add to 5.5.5.4/30 from 10.0.0.0/8 order 500 goto 32765
sysctl -w net.ipv4.ip_forward=1
ip -6 route add 2a00:1450::/56 dev a0 metric 100 table 101
ip route show table 999
ip route add 203.0.113.0/25 via 10.0.2.253 metric 7
ip rule add ipproto tcp pref 5 blackhole
ip rule add pref 50 from 10.0.1.1 lookup main
ip rule add pref 50 lookup 108
ip -6 route add 2001:db8:99::/96 via 2001:db8:3::fd
ip route add 10.0.0.0/16 via 10.0.2.102 table 107
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
