# random scenario seed=20261137 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.1.100/24 dev a0
echo 103 isp2 >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
echo 108 t108 >> /etc/iproute2/rt_tables
echo 110 isp1 >> /etc/iproute2/rt_tables
ip -6 route add default via 2001:db8:1::254
ip -6 rule add fwmark 0x7/0 ipproto ipv6-icmp from ::/8 pref 5000 lookup 106
ip route add throw 5.5.5.0/24 table t108
ip -6 route add 2001:db8:1::77 dev b0 table default
ip rule add table 105
ip rule add sport 1000-2000 from 10.0.3.0/24 pref 300 lookup 107
ip rule add from 10.0.2.9 table 100
ip -6 route add fd00::/16 via 2001:db8:2::68 metric 10 table 70000
ip -6 route add anycast default dev b0 table 109
sysctl -w net.ipv4.ip_forward=1
ip -6 rule show
sysctl -w net.ipv4.conf.all.rp_filter=2
ip rule add pref 5000 from 192.168.0.0/16 iif lo sport 1-1024 lookup 102
ip route add 5.5.0.0/20 dev b0 mtu lock 1300
ip route add 10.0.0.0/20 dev a0 advmss 1200
ip route add throw default tos 0x1c
ip -6 rule add tos 0xb8 dport 80-443 pref 5000 lookup 1000
ip route add 11.0.0.1 via 10.0.1.102 table default metric 10
ip route add 5.5.0.0/20 dev b0 table 70000
ip route add 1.1.1.0/24 via 10.0.2.254 table 106
ip -6 rule add lookup 100
ip -6 route add 2001:db8:1::/48 via 2001:db8:1::2 metric 7 table 108
ip route add 10.0.2.64/28 dev a0 proto dhcp
ip rule add iif b0 ipproto udp pref 30 lookup 106
ip -6 route add default via 2001:db8:1::fe table 110
ip route add 203.0.113.8/30 via 10.0.2.103 dev b0 proto static table main
ip -6 rule add to default priority 32000 fwmark 0x1 blackhole
ip route del 203.0.113.8/30
ip -6 route add 2a00:1450::/32 via 2001:db8:2::64 table 109
ip rule add pref 30 lookup 107
ip rule add from 10.0.3.0/24 pref 30 goto 32766
ip link set b1 down
ip link set b1 up
ip -6 route add blackhole 2001:db8:1::77
ip route add 10.0.0.0/8 via 10.0.1.2 proto 99 table 109
ip -6 route add unreachable 2001:db8:99::/48 table isp1
ip -6 route add 2001:db8:2::/64 via 2001:db8:2::65 table 104
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
