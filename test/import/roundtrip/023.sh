# random scenario seed=20261146 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.9.1/32 dev lo
echo 101 t101 >> /etc/iproute2/rt_tables
echo 105 vpn >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add 10.5.0.0/16 via 10.0.9.300
ip route add 192.168.7.0/25 via 10.0.1.100 dev a0 table local
ip route add throw 100.64.3.0/25 table 109
ip rule add dport 80 order 150 to 192.0.2.0/24 sport 53 blackhole
ip -6 rule add order 5000 dport 1000-2000 lookup 100
ip rule add priority 32765 from 10.0.3.0/24 lookup main
ip rule add tos 0x14 oif b0 order 32765 from 10.0.2.9 lookup main
ip rule add oif b1 pref 150 nop
ip -6 rule del pref 5000
ip rule add order 300 oif b1 type unreachable
ip route del 192.168.7.0/25 table local
ip rule add priority 32000 to 10.0.0.0/8 from 10.0.1.1 tos 0x14 lookup 1000 suppress_prefixlength 16
ip rule add tos 0x10 order 10 goto 150
ip -6 rule del order 5000 dport 1000-2000 lookup 100
ip rule add fwmark 7 pref 32765 dport 80-443 to 9.9.0.0/16 from 0.0.0.0/8 uidrange 1-4294967294 lookup main
ip route add blackhole default
ip -6 route add fd00::/16 dev a0 metric 200
ip route add local 10.77.0.5 dev b1 metric 200 table 103 proto kernel
ip rule add sport 0 lookup 100
sysctl -w net.ipv4.conf.a0.src_valid_mark=0
ip rule add from 10.0.2.0/24 table 101
ip route del 192.168.7.0/25 table local
ip route add prohibit 198.51.100.0/24
ip route del 10.99.0.0/16
ip route add blackhole 192.168.7.1 table 108 tos 0x18
ip -6 rule add not to 2001:4860:4860::/48 dport 443 lookup main
ip route add prohibit 5.5.0.0/20 table main metric 1
ip route add 10.0.2.77 via 10.0.1.254
ip -6 rule add to 2001::/16 priority 300 tos 0x04 type prohibit
ip route add 1.1.1.1 via 10.0.2.253 dev b0 table 102
ip route add unreachable 10.0.0.0/20 table 109
sysctl -w net.ipv4.conf.all.rp_filter=0
ip -6 route add 2001:db8:1::/64 via 2001:db8:1::2 table t101
sysctl -w net.ipv4.conf.a0.rp_filter=0
ip -6 route add unicast 2001:db8::/32 via 2001:db8:1::68 table main mtu 1400
ip rule add order 32765 fwmark 0x10 lookup 108
ip route add throw 10.0.2.0/25
ip rule add to 198.51.100.4/30 lookup 103
ip route add 10.5.0.1/16 dev a0
sysctl -w net.ipv4.conf.all.accept_local=0
ip -6 route add blackhole 2606:4700::1111 table 102 metric 200
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
