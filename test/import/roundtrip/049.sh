# random scenario seed=20261172 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 102 isp2 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add priority 10 sport 1-1024 lookup 109
ip route add unreachable 10.0.1.0/24 table 4000 metric 10
ip rule add to 1.0.0.0/8 priority 200 fwmark 0x10/0xf0 iif a1 type prohibit
ip -6 route add unreachable default metric 1024
ip route add 11.0.0.0/28 via 10.0.3.104 table 106
ip route add 5.5.0.0/16 via 10.0.3.254 dev c0 table 105
ip route add unreachable 9.0.0.0/8 table 104
ip rule add iif a1 ipproto icmp to 10.0.0.0/20 order 32765 lookup main
ip rule add from 10.0.2.9 order 500 ipproto udp to 1.1.0.0/16 uidrange 1000-2000 lookup 108
ip -6 rule add to 2001:db8:aaaa:bbbb::/64 from 2001:db8:2::/48 iif a0 uidrange 1-4294967294 lookup main
ip route add 8.8.8.0/28 via 10.0.3.104 table 109
ip route add blackhole 10.7.0.0/16 dev a0
ip route add blackhole 192.0.2.32/30 table 110
ip route add throw 198.51.0.0/16 table 102
ip rule add order 50 table main
ip rule add not to 1.1.1.1 priority 500 from 10.0.2.9 blackhole
ip rule del from 10.0.2.9 order 500 ipproto udp to 1.1.0.0/16 uidrange 1000-2000 lookup 108
ip rule del priority 10 sport 1-1024 lookup 109
ip route add 198.51.100.0/28 dev a0 table 101 scope link tos 0x18 src 10.0.1.1
ip -6 route add 2001:db8:99::/64 dev a0 table 107
ip -6 rule add from 2001:db8:2::9 order 100 lookup 103
ip route add 1.1.0.0/16 dev b1 tos 0x08 table 105
ip route add 5.5.5.0/24 dev c0 tos 0x10 table 105 proto dhcp metric 7 advmss 1200
ip route del throw 198.51.0.0/16 table 102
ip route add blackhole 192.0.0.0/16 table 107
ip -6 route add default via 2001:db8:1::68 table main
ip route add 10.5.0.1/16 dev a0
ip -6 route add local 2001:db8:77::5 dev b0 metric 4294967295 table local
ip route flush table 110
ip route add 8.8.0.0/16 via 10.0.3.254 advmss 1200 table 101
ip rule add fwmark 0xzz lookup 100
ip route add 8.8.0.0/16 via 10.0.3.105 tos 0x1c table 104 metric 10
ip -6 route add blackhole fd00:1::/64 table 103
ip rule add pref 30 fwmark 0x7/0 from 5.5.5.0/24 uidrange 0-0 goto 32765
ip -6 rule add from 2001:db8:2::9 oif c0 lookup 103
sysctl -w net.ipv4.conf.a1.forwarding=1
ip rule add from 10.0.1.0/24 dport 80 sport 53 lookup 110
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
