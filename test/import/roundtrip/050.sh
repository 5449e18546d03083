# random scenario seed=20261173 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 102 t102 >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
echo 106 isp2 >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route del 10.99.0.0/16
ip rule add iif b1 to 8.0.0.0/8 lookup 4000
ip link set b0 down
ip link set b0 up
ip rule add order 100 lookup 104
ip route show
ip route add 198.0.0.0/8 via 10.0.3.105
ip route add 10.20.30.0/24 via 10.0.3.103
ip rule del pref 100
ip -6 route add blackhole 2606:4700::/96
ip route add 100.64.3.0/24 dev c0 metric 4294967295
ip route add blackhole 172.16.5.4/30 table 108
ip rule add iif a1 from 10.0.0.0/8 lookup main
ip -6 route add fd00:1::/64 dev b1
ip -6 rule add order 100 table 104
ip route add 5.5.0.0/16 via 10.0.3.253 dev c0 table t102
ip -6 rule add priority 200 lookup 70000 suppress_prefixlength 0
ip route add nat 10.9.0.0/16 via 10.0.1.5
ip rule add priority 150 lookup main
ip rule add iif a0 lookup
ip route add blackhole 10.7.0.0/16 dev a0
ip rule add to 192.0.0.0/8 from 5.5.5.0/24 lookup 106
ip route add 10.0.0.0/12 dev a0 scope link
ip rule add tos 0x14 to 5.5.5.0/25 from 0.0.0.0/8 unreachable
ip -6 rule del pref 100
sysctl -w net.ipv4.conf.a0.src_valid_mark=0
ip route add 11.0.0.0/8 via 10.0.3.101 table 110
ip route add 8.8.8.0/24 via 10.0.3.253 dev c0 proto static table 4000
ip route add local 10.0.2.0/24 dev a0 table 109 src 10.0.2.1
ip rule add dport 1000-2000 ipproto tcp lookup 108
ip route add local 8.8.8.8 dev a0 table 101
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
