# random scenario seed=20261162 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 100 isp2 >> /etc/iproute2/rt_tables
echo 101 isp1 >> /etc/iproute2/rt_tables
echo 102 mgmt >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 30 lookup 103 suppress_ifgroup 0
ip -6 rule add to 2001:4860:4860::/64 from 2001:db8:1::/64 pref 1000 oif c1 fwmark 7 table 4000
ip -6 route add unreachable 2001:4860:4860::8888 metric 1024 table 108
ip -6 route add 2001:db8:1::/48 via 2001:db8:1::67 window 65535 proto 99 table isp1
ip route add 5.5.0.0/20 via 10.0.2.105 table t105
ip route add 192.0.0.0/8 via 10.0.3.101 dev c0
ip route add throw 198.51.100.0/24 table 102
ip -6 rule add iif c0 lookup main
ip rule add to 10.0.2.76/30 priority 20 lookup 106
ip route add throw 5.5.5.0/24 table 108
ip route add blackhole 10.0.2.77 table 108
ip route add local 10.0.0.0/16 dev c0 table local
ip -6 route add unreachable 2001:4860:4860::/64 table 109
ip route add throw 10.0.0.0/16 table 106 metric 0
ip rule add priority 10 goto 300
sysctl -w net.ipv4.conf.b0.rp_filter=0
ip route add 1.1.0.0/20 via 10.0.2.254 table 106
ip route add blackhole 10.16.0.0/12 table t104
ip -6 rule add priority 10 goto 20
ip rule del pref 10
sysctl -w net.ipv4.ip_forward=0
ip route show
ip -6 rule add uidrange 1000-2000 priority 200 table 105 suppress_prefixlength 32
ip -6 rule del pref 10
ip rule add tos 0x20 lookup 100
ip route add default via 10.0.3.254 table t109
ip route add 192.0.2.0/25 via 10.0.3.2 dev c0 window 65535 table 108
ip route add 10.0.0.0/16 via 10.0.2.104 window 65535 table default
ip rule add uidrange 1-4294967294 from 10.0.3.0/24 pref 20 table mgmt
ip route add 1.1.1.0/30 dev a0 table 1000 metric 100
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
