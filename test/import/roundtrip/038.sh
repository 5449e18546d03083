# random scenario seed=20261161 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 103 guest >> /etc/iproute2/rt_tables
echo 104 isp2 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
echo 110 t110 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip -6 route add unreachable 2a00:1450::/48 table 108
ip -6 route add unreachable 2a00:1450::/56
ip route add 10.0.0.0/16 via 10.0.2.2 table 70000
ip route add broadcast 1.0.0.0/8 dev b0 metric 1024 table main
ip -6 route del unreachable 2a00:1450::/48 table 108
ip route add throw 10.20.30.0/24 metric 100
ip -6 rule add not fwmark 0x10 pref 200 to 2001:db8::/32 lookup main
ip rule add pref 300 from 10.0.0.0/8 lookup isp2
ip -6 rule del not fwmark 0x10 pref 200 to 2001:db8::/32 lookup main
ip route add 203.0.113.0/24 via 10.0.2.100 proto static
ip rule add pref 1000 table main
ip route add unreachable 5.5.0.0/16 tos 0x14 metric 1 table 101
ip route add throw 11.0.0.0/8 table 101
ip rule add from 192.168.0.0/16 lookup local
ip -6 route add 2001:db8:2::/48 via 2001:db8:2::fe table 4000
ip route add 5.5.5.4/30 dev b0 table 1000
ip rule add pref 30 to 203.0.113.9 lookup main
ip rule add priority 150 lookup 100
ip rule del pref 30
ip route add unreachable 203.0.112.0/20 table 102 tos 0x10 metric 1
ip rule del pref 30 to 203.0.113.9 lookup main
ip -6 route add 2001:db8:2::/64 via 2001:db8:2::68 table 106
ip route add 198.51.0.0/16 nexthop via 10.0.2.2 weight 2 nexthop via 10.0.1.254 metric 10 table 106
ip link set b0 down
ip rule add not to 9.9.9.0/24 pref 30 blackhole
ip -6 rule add not iif b0 order 5 fwmark 1 lookup 108
ip -6 rule del not fwmark 0x10 pref 200 to 2001:db8::/32 lookup main
ip -6 rule add order 100 from ::/8 lookup t109 suppress_prefixlength 128
ip rule add from 10.0.2.0/24 order 150 table main suppress_prefixlength 8
ip route add 10.5.0.1/16 dev a0
ip -6 rule add not order 50 from 2001:db8::/32 lookup main
ip -6 route add 2001:4860::/32 dev a1
ip route add unreachable 100.64.0.0/12 table 101
ip rule add nop
ip -6 route add throw 2001::/16
ip -6 rule add priority 32765 lookup 110
ip rule del pref 1000
ip route add 198.48.0.0/12 nexthop via 10.0.2.2 weight 2 nexthop via 10.0.1.2 table 106
sysctl -w net.ipv4.conf.all.rp_filter=1
ip rule add priority 150 tos 0x04 iif a0 sport 1-1024 to 192.0.0.0/20 lookup 101
ip route show table all
ip rule add order 5000 tos 0x08 lookup main
ip -6 route add 2001:db8:2::77 dev a0 metric 7 table 107
ip rule add order 300 from 192.168.0.0/16 goto 32000
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
