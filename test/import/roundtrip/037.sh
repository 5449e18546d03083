# random scenario seed=20261160 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.5.1/24 dev a0
echo 108 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip route flush table 110
ip route add 10.0.0.0/8 via 10.0.2.105 table 100
ip rule add fwmark 0x10 uidrange 1000-2000 from 192.168.0.0/16 lookup 1000
ip rule add priority 100 lookup default
ip route add 9.0.0.0/8 via 10.0.1.254 src 10.0.3.1 table 100
ip -6 route flush table 108
ip rule add sport 1000-2000 priority 100 from 10.0.2.0/24 lookup main
ip -6 rule add pref 300 goto 32765
ip route add default via 10.0.2.103 table 101 metric 7
ip route add local 172.16.0.0/16 dev a0 metric 200 table local
ip -6 route add fd00::/16 via 2001:db8:1::65 src 2001:db8:2::1 mtu 1400 metric 200
ip rule add iif a1 priority 1001 from 192.168.0.0/16 lookup 109
ip route add 10.0.0.0/12 via 10.0.1.254 dev a0 table 103
ip route add 11.0.0.0/25 dev b1 table 103
ip route add 5.5.5.5 via 10.0.3.253
ip route add 172.16.5.4 via 10.0.2.2 metric 1
ip -6 route del fd00::/16
ip rule add to default uidrange 0-999 priority 32000 iif a0 fwmark 7 unreachable
ip route add 192.160.0.0/12 via 10.0.2.253 dev b0 table 103 metric 1
ip rule add priority 200 tos 0x04 iif lo lookup 105
ip -6 rule add pref 1000 lookup local
ip route add anycast 8.8.8.8/30 dev a0 proto 99 table main
ip -6 route add 2606:4700::/48 via 2001:db8:3::66 table 109
ip route add unreachable 203.0.0.0/12
ip route add blackhole 100.64.3.0/25 table 1000
ip -6 rule add pref 32765 from ::/8 lookup 104 suppress_prefixlength 16
ip route del 5.5.5.5 table main
ip rule add fwmark 0x13 iif lo pref 100 table 1000
ip -6 rule add priority 50 ipproto ipv6-icmp from 2001:db8:2::/48 to 2a00::/16 lookup 108
sysctl -w net.ipv4.ip_forward=1
ip rule add not order 20 to 172.16.0.0/12 goto 200
ip rule del fwmark 0x13 iif lo pref 100 table 1000
ip rule del pref 1001
ip -6 rule add pref 1000 table 1000
ip route add unreachable 192.168.7.0/25 table 109
ip rule add oif b0 lookup main
ip route add unicast 11.0.0.0/12 via 10.0.1.100 table 101
ip rule add iif a0 lookup
ip route show table all
ip route add 10.0.0.0/20 via 10.0.3.2 metric 1 table 101
ip -6 route add 2001::/16 via 2001:db8:3::2 dev c0 table 104
ip -6 rule add not to 2001:db8:99::/64 priority 1001 table main
sysctl -w net.ipv4.conf.a1.rp_filter=0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
