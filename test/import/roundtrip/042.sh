# random scenario seed=20261165 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.9.1/32 dev lo
echo 101 t101 >> /etc/iproute2/rt_tables
echo 102 t102 >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add 9.9.0.0/20 dev b0 src 10.0.3.1 table 103
ip route add unicast 203.0.113.9 via 10.0.2.2 dev b0 tos 0x18 table 107
ip link set b1 down
ip link set b1 up
ip route add blackhole 5.5.5.5
ip route add 9.9.0.0/20 dev b0 src 10.0.3.1 table 103
ip route add 8.8.0.0/16 dev a1
ip route add local 11.0.0.0/16 dev b1 table local
ip link set b1 down
ip -6 rule add uidrange 0-999 pref 30 sport 53 prohibit
ip route add unreachable 198.51.100.7 proto boot
ip route add 10.5.0.1/16 dev a0
ip route del 8.8.0.0/16 table main
ip link set c0 down
ip rule add priority 10 goto 30
ip -6 route add 2001:db8:2::/64 dev b0 table 107 scope link
ip route add throw 100.64.0.0/16
ip rule add order 5 oif a0 unreachable
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
