# random scenario seed=20261156 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 100 vpn >> /etc/iproute2/rt_tables
echo 101 t101 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 107 guest >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add from 10.0.3.0/24 iif lo pref 30 lookup main
ip rule add to 100.64.0.0/16 pref 5 table main
ip -6 rule add oif b0 from 2001:db8:2::9 priority 32765 lookup 103 suppress_prefixlength 128
sysctl -w net.ipv6.conf.all.forwarding=0
ip -6 rule add priority 32765 oif b0 blackhole
ip rule add iif a0 to 198.51.100.0/25 lookup 110
ip rule add priority 32765 uidrange 5-5 fwmark 0x100 lookup main
ip route add 192.0.2.0/25 dev c0 metric 100 table 110
ip rule add iif c0 fwmark 0/0xff00 blackhole
ip rule add uidrange 10-5 lookup 100
ip rule add tos 0x20 lookup 100
ip -6 route add 2001:db8:aaaa:bbbb::/64 via 2001:db8:1::2
ip route add local 10.0.0.0/20 dev a0 metric 1 table local
ip route add 11.0.0.0/16 via 10.0.3.103 dev c0 table local metric 100
ip -6 route add 2001:db8:aaaa:bbbb::/64 dev b1 src 2001:db8:2::1
ip -6 route add local 2a00:1450::/64 dev c0 table t109 proto boot
ip route add default dev a0 scope link table t101
ip -6 rule add priority 32765 fwmark 0x10/0xf0 ipproto ipv6-icmp lookup t101
sysctl -w net.ipv4.ip_forward=1
ip rule add pref 20 iif lo goto 5000
ip -6 rule add to 2001:db8:1::/56 lookup main
ip -6 route add default via 2001:db8:1::68 metric 10 table guest
ip route del 11.0.0.0/16 table local
ip route del 10.99.0.0/16
ip -6 route add 2606:4700::/48 via 2001:db8:3::68 proto dhcp
ip route add 9.0.0.0/12 dev a1 table main
ip route add blackhole 10.7.0.0/16 dev a0
ip -6 rule add order 150 oif c0 iif b0 lookup 108
ip route add unreachable 172.16.0.0/20 table vpn metric 4294967295
ip rule add pref 100 lookup main
ip -6 route add 2001:db8::/32 via 2001:db8:2::66 table 107 pref high
ip route add 10.20.30.0/24 via 10.0.3.101 table 102
ip rule add from 10.0.2.9 priority 5 table 106
ip route add unreachable 203.0.113.0/25 metric 7 table 101 tos 0x1c
ip route add prohibit 1.1.0.0/20 table 107 metric 200
ip rule add order 5 from 192.168.0.0/16 to 192.0.0.0/12 lookup 107
ip rule add order 1000 lookup default suppress_prefixlength 24
ip -6 rule add sport 1000-2000 to default pref 100 goto 300
ip -6 rule del to 2001:db8:1::/56 lookup main
ip rule add not pref 1001 fwmark 0xff/0xff table 105 suppress_prefixlength 32
ip -6 route add throw 2001:db8:2::/48
ip rule add not oif b0 lookup 110
sysctl -w net.ipv4.conf.a0.rp_filter=1
ip route add 10.20.30.32/28 via 10.0.1.254 metric 0 table 104
ip -6 route add local 2001:db8:aaaa:bbbb::/64 dev c0 table 102
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
