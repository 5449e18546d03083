# random scenario seed=20261171 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 100 vpn >> /etc/iproute2/rt_tables
echo 108 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add iif lo ipproto icmp pref 32765 table 100
ip rule add lookup 100
ip route add anycast 10.0.0.0/8 dev a1 table 106
ip -6 route del 2001:db8:dead::/48 table 101
ip rule add pref 150 goto 1001
ip rule add to default pref 10 lookup 110
ip rule add not pref 5000 table 109 suppress_prefixlength 0 suppress_ifgroup 5
ip -6 route add fd00:1::/64 via 2001:db8:1::64 metric 1024 table 103
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl -w net.ipv4.conf.a0.rp_filter=1
ip link set a0 down
ip link set a0 up
ip route add unreachable default table 106
ip route add 192.0.0.0/8 dev b0 scope link window 65535 table 109
ip route add 192.168.7.0/30 dev a0 table 101 advmss 1200
ip route add 8.0.0.0/8 via 10.0.2.101 table 104
ip rule del pref 32765
ip route add 10.5.0.0/16 via 10.0.9.300
ip -6 route add 2606:4700::/64 dev b1 advmss 1200 metric 0 table 70000 pref medium
ip route add default nexthop via 10.0.1.102 weight 3 nexthop via 10.0.2.103 metric 7 table 107
ip route add 8.0.0.0/8 via 10.0.2.105 dev b0 metric 10 table 102
ip route add 10.20.30.40 dev a0
ip route add 9.9.9.9 dev b0 table 104
ip link set b0 down
ip link set b0 up
ip -6 rule add from 2001:db8:1::/64 pref 500 to 2001:db8:99::/48 table vpn
ip route del 8.0.0.0/8 table 102
ip rule del to default pref 10 lookup 110
ip rule add to 192.0.2.0/24 priority 5000 tos 0x08 table main
ip -6 route add prohibit 2001:db8:2::/64 table 105
ip -6 rule add priority 200 to default goto 5000
ip -6 route add 2001::/16 via 2001:db8:1::65 dev a0 table 104
sysctl -w net.ipv4.conf.a0.rp_filter=1
sysctl -w net.ipv4.conf.all.rp_filter=1
ip -6 rule show
ip -6 route add 2001:db8:aaaa:bbbb::1 dev a0 proto dhcp
ip route show
ip -6 route add 2001:4860:4860::/64 via 2001:db8:1::69 dev a0 proto static
ip route add 10.0.0.0/8 dev a0 metric 200
ip route add 5.5.5.0/28 via 10.0.1.104 dev a0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
