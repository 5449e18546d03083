# random scenario seed=20261135 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.5.1/24 dev a0
echo 103 t103 >> /etc/iproute2/rt_tables
echo 105 guest >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
echo 108 vpn >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip route add unicast 10.0.1.64/28 via 10.0.1.102 table main
ip rule add priority 5000 fwmark 0x10/0xf0 lookup guest suppress_prefixlength 24
ip route del unicast 10.0.1.64/28
ip rule add pref 50 uidrange 1000-2000 nop
ip route del unicast 10.0.1.64/28 table main
ip rule add fwmark 1 pref 300 oif a0 ipproto udp sport 1-1024 lookup 110
ip -6 route add blackhole default table main metric 1024
ip -6 route add throw fd00:1::/48 table 101
ip rule add order 10 lookup 101
ip route add 9.9.0.0/16 via 10.0.3.103 mtu 1400 metric 4294967295 src 10.0.2.1
ip route add 172.16.5.4 via 10.0.3.2 dev c0 table vpn
ip route add local 203.0.113.9 dev b0 table t103 tos 0x10
ip rule add pref 500 from 10.0.1.1 to 192.168.0.0/16 lookup 103
ip rule add ipproto tcp order 1000 lookup 102
ip route add 8.8.0.0/16 dev c1 table 102
ip rule add lookup main
ip rule del pref 50
ip route add throw 10.0.2.77 table default
ip route add 5.5.5.5 via 10.0.3.105 dev c0 table 104
ip route add 10.0.1.77 dev b0 table 107 tos 0x14
ip route add 10.5.0.1/16 dev a0
ip rule show
sysctl -w net.ipv4.conf.b0.rp_filter=2
ip route add 9.9.9.0/24 via 10.0.3.2 table 103 metric 1
ip rule add priority 32765 table main
ip route add 1.1.0.0/16 via 10.0.1.102 dev a0 table default
ip rule add not pref 100 fwmark 0xff/0xff tos 0x10 lookup 102
ip -6 route add 2001:4860:4860::/96 dev c0 pref low
ip -6 rule add from 2001:db8:2::/48 order 5000 uidrange 1000-2000 to fd00:1::/64 goto 32000
ip route add 192.168.7.0/30 via 10.0.1.105 table 109 tos 0x1c
ip -6 rule add to 2001:4860:4860::8888 pref 1000 type prohibit
ip rule del fwmark 1 pref 300 oif a0 ipproto udp sport 1-1024 lookup 110
ip link set c1 down
ip rule add pref 1000 tos 0x0c to 9.9.9.0/25 table main
ip route add 11.0.0.0/28 via 10.0.2.253 table 100
ip -6 route add local 2001:db8:1::/64 dev c0 metric 1 table t106
ip -6 rule add uidrange 0-0 iif a0 ipproto ipv6-icmp pref 300 blackhole
ip rule add tos 0x1c priority 200 type prohibit
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule add from 0.0.0.0/8 pref 500 oif c0 goto 32766
ip route add 10.5.0.1/16 dev a0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
