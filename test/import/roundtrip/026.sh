# random scenario seed=20261149 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.9.1/32 dev lo
echo 102 t102 >> /etc/iproute2/rt_tables
echo 104 guest >> /etc/iproute2/rt_tables
echo 105 isp1 >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add 11.0.0.1 via 10.0.1.103 table t107
ip rule show
ip route add nat 10.9.0.0/16 via 10.0.1.5
ip rule add iif lo from 10.0.1.0/24 ipproto icmp to 9.9.0.0/16 pref 50 unreachable
ip rule add tos 0x10 fwmark 0x13 priority 1000 nop
ip route show
ip route add blackhole 1.1.1.0/30 metric 1024
ip route add unicast 100.64.3.3 via 10.0.2.104 dev b0 tos 0x10 metric 7
ip -6 route add unreachable 2001:4860:4860::8888 metric 100
ip route add 9.9.9.9 via 10.0.1.103 table 109 src 10.0.1.1
ip route add local 11.0.0.0/28 dev b1 table local src 10.0.2.1 tos 0x18
ip -6 route add 2001:4860:4860::/96 via 2001:db8:2::65 table 109
ip route add default via 10.0.2.253 tos 0x18 metric 10
ip rule add to 11.0.0.0/16 table 106
ip -6 rule add sport 53 priority 100 to fd00:1::/32 goto 1000
ip rule del tos 0x10 fwmark 0x13 priority 1000 nop
ip -6 route del 2001:4860:4860::/96 table 109
ip rule add sport 53 iif a0 to 10.0.1.0/25 lookup main
ip -6 rule add uidrange 5-5 pref 150 goto 32766
ip -6 route add throw 2001:db8:99::/48 table 101 metric 200
ip -6 route add 2001::/16 dev b0 table 106
ip rule add dport 53 oif b0 lookup 104
ip rule add fwmark 0/0xff00 priority 1001 from 5.5.5.0/24 lookup 102
ip -6 route add fd00:1::/96 via 2001:db8:2::fe table 110
ip rule add pref 1000 fwmark 0/0xff00 dport 53 to 10.0.0.0/12 table main suppress_prefixlength 24
ip -6 route add local 2001:db8:1::/56 dev a0 table 106 metric 1 proto boot
ip rule add from 10.0.3.0/24 to 9.9.9.0/28 order 1000 table main
ip rule add ipproto udp lookup 108
ip route add throw 11.0.0.0/16 table 102
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
