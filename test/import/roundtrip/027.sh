# random scenario seed=20261150 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.5.1/24 dev a0
echo 100 guest >> /etc/iproute2/rt_tables
echo 102 t102 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 105 isp1 >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
echo 110 t110 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=1
ip rule add order 32765 to 1.1.1.1 sport 53 lookup 4000
ip route add 11.0.0.0/30 via 10.0.1.100 dev a0 metric 10
ip rule del order 32765 to 1.1.1.1 sport 53 lookup 4000
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip -6 route add fd00:1::/64 via 2001:db8:1::67 dev a0 metric 1
ip route add unicast 203.0.0.0/12 via 10.0.3.254 dev c0 proto static metric 200 table 103
ip rule add from 10.0.3.0/24 fwmark 7 priority 200 lookup default
ip route add default via 10.0.2.104 table t107
ip route add prohibit 203.0.113.9 proto static table 106
ip route add 10.0.0.0/8 dev a1 scope link
ip route add 11.0.0.0/8 dev a0 metric 100 table 110
ip route add default dev b0 table 104 metric 1
ip -6 route add fd00:1::/48 dev a0 metric 1 table main
ip -6 route add anycast default dev b0 pref high table isp1
ip rule add from 192.168.0.0/16 iif lo fwmark 0x10/0xf0 to 11.0.0.0/12 order 1001 unreachable
ip route add 11.0.0.0/24 via 10.0.1.253 metric 4294967295 table default
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
