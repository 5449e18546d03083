# random scenario seed=20261125 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 100 t100 >> /etc/iproute2/rt_tables
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add throw 11.0.0.1 table default
ip -6 rule add from fd00::/8 to 2001:db8:1::77 lookup 101
ip -6 route add 2a00:1450::/96 via 2001:db8:2::2 dev b0 table 110
ip -6 rule add from fd00::/8 table default
ip -6 route add fd00:1::5 via 2001:db8:1::66 pref medium mtu 1400
ip rule add to default tos 0x18 lookup 107
ip -4 rule add from 2001:db8::/32 lookup 100
sysctl -w net.ipv4.conf.a0.accept_local=1
ip rule add uidrange 0-0 pref 5 prohibit
ip rule add to 10.16.0.0/12 pref 200 lookup 104
ip rule add to 5.0.0.0/8 iif lo fwmark 0x100 priority 200 dport 80 lookup 109
ip -6 route add blackhole 2001:db8:1::/48 table main
ip route flush table 105
ip -6 rule add priority 100 lookup main
ip route add 10.5.0.1/16 dev a0
ip rule add order 500 lookup 107
ip -6 rule add to fd00:1::/64 priority 20 lookup main
ip -6 rule del pref 20
ip route add 10.6.0.0/16 via 10.0.3.7 dev a0
ip -6 rule add from 2001:db8:2::9 nop
sysctl -w net.ipv4.conf.all.accept_local=0
ip route add 9.0.0.0/12 dev b0 metric 1024
ip route add prohibit 8.0.0.0/12 table 102
ip rule add to 8.0.0.0/8 priority 200 tos 0x18 from 10.0.3.0/24 table 106
ip route add unreachable 1.1.1.1 table 104
ip -6 rule add from ::/8 lookup 70000
ip route add unreachable 1.1.1.0/25 table 1000
ip rule add tos 0x20 lookup 100
ip -6 rule add pref 200 ipproto ipv6-icmp table main
ip rule add pref 150 from 10.0.2.9 uidrange 1-4294967294 table 106
ip -6 rule add oif b0 pref 10 from fd00::/8 unreachable
ip -6 rule add from 2001:db8:2::9 priority 1000 lookup main
ip route show table all
ip route add unreachable 192.0.0.0/8 table 105
ip rule add priority 500 goto 32000
ip rule add to default order 32765 ipproto tcp lookup 110
ip rule add order 5 to 198.51.0.0/16 lookup default
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add 8.8.8.0/28 via 10.0.3.254 table 109
ip -6 route add 2001:db8:1::/96 via 2001:db8:2::2 dev b0 table default metric 1024
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip route add 1.1.1.0/30 dev a0 metric 200
ip route add 10.0.0.0/8 dev c0 tos 0x14 src 10.0.1.1
ip rule add lookup 104
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
