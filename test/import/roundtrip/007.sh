# random scenario seed=20261130 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 102 t102 >> /etc/iproute2/rt_tables
echo 110 vpn >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip -6 route add fd00::/16 via 2001:db8:2::66 metric 1 table 108
ip rule add order 20 uidrange 1-4294967294 lookup 107
ip rule add priority 150 goto 1000
ip route add 100.64.3.0/28 dev b1 table 101
ip -6 route del fd00::/16 table 108
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.b0.rp_filter=0 net.ipv4.conf.b0.accept_local=1
ip route add default via 10.0.1.253 table 101
ip -6 rule add ipproto ipv6-icmp priority 5 from fd00::/8 lookup 103 suppress_prefixlength 8
ip route add 100.64.0.0/20 via 10.0.1.101 table vpn
ip route add 172.16.5.0/25 via 10.0.1.254 table 110
ip route del default table 101
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:1::65
ip -6 route add 2001:db8::/32 via 2001:db8:2::69 proto kernel metric 100 table 107
ip route add blackhole 9.9.9.8/30 table 106
ip rule add to 10.0.0.0/8 pref 100 from 10.0.1.0/24 lookup 104
ip rule add priority 300 oif a1 from 10.0.3.0/24 lookup 101
ip rule add lookup main suppress_prefixlength 24
ip rule add not order 1001 from 10.0.0.0/8 uidrange 1000-2000 lookup 107
ip rule add priority 20 from 192.168.0.0/16 lookup 107 suppress_prefixlength 0
ip -6 rule add lookup 106
ip rule add dport 1000-2000 order 1000 to 8.0.0.0/8 iif lo goto 32766
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:1::fd dev a0 table 106
ip rule add fwmark 0x13 from 10.0.1.1 priority 300 lookup 108
ip -6 rule add pref 1000 lookup 104
ip rule add order 100 goto 200
ip -6 rule add not uidrange 5-5 order 100 ipproto udp to 2001:db8:99::/96 lookup 109
sysctl -w net.ipv4.conf.all.accept_local=1
ip route add 1.1.1.1 via 10.0.1.2 dev a0 table vpn
ip rule add oif b0 order 150 from 192.168.0.0/16 table 103
ip rule add from 10.0.2.0/24 iif a1 ipproto udp table main
ip rule add iif a0 lookup
ip -6 rule add order 100 lookup 108
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
