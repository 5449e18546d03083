# random scenario seed=20261166 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 104 t104 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 10.0.0.0/20 table 103 metric 4294967295
ip rule add pref 150 lookup default
ip route add local 1.1.1.0/25 dev a0 metric 200 table local
ip -6 route add blackhole 2001:4860:4860::/48 table 103 pref low
ip route add 192.168.7.0/28 via 10.0.2.100 dev b0 table 106 mtu lock 1300 src 10.0.1.1
ip -6 route add throw 2001:db8::/32 table 107
ip route add blackhole 203.0.113.9 table t102
ip rule add iif a1 priority 50 goto 150
ip rule add dport 53 to 172.0.0.0/8 fwmark 0x10 lookup 108
ip route add default via 10.0.3.100 initcwnd 10
ip -6 rule add to 2606:4700::/48 order 200 lookup 109
ip -6 route add unreachable 2001:db8:2::/96 proto boot table 102
ip -6 rule add type unicast
ip rule add lookup default
ip route add 172.16.5.4 dev c0 table 107
ip -6 route add 2001:db8:99::/48 via 2001:db8:2::67 dev b0 metric 4294967295 window 65535
ip rule add priority 200 fwmark 0x7/0 from 192.168.0.0/16 to default goto 32766
ip route add blackhole 11.0.0.0/25 proto kernel
ip route add throw 100.0.0.0/8 table main
ip route add local 10.0.1.0/25 dev c0 table 109 metric 10
ip rule add order 32000 from 10.0.0.0/8 lookup 100
ip route add 10.0.2.77 via 10.0.1.103
ip rule add fwmark 0x100 from 10.0.3.0/24 lookup main
ip -6 route add throw 2001::/16 table 107
ip route add local 192.168.7.1 dev c0 table main proto static
ip route add throw 198.51.0.0/16 table main
ip -6 rule add not pref 200 iif a0 lookup 101
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
