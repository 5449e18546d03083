# random scenario seed=20261133 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 107 t107 >> /etc/iproute2/rt_tables
echo 108 t108 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip -6 route add prohibit 2001:db8:1::/48 table 101
ip -6 rule add pref 20 lookup 109
ip -6 rule del pref 20
ip rule add pref 150 lookup local
ip -6 route add 2001:db8:1::/64 dev b1 metric 200 table 101
ip rule add iif a0 lookup
ip route add 10.5.0.0/16 via 10.0.9.300
ip rule add fwmark 7 from 10.0.2.9 pref 32765 uidrange 0-999 lookup 110
sysctl -w net.ipv4.ip_forward=0
ip rule add priority 200 sport 1000-2000 oif a1 table main
ip rule add priority 200 oif b0 lookup 108
ip route add 172.16.0.0/12 via 10.0.1.2
ip rule add priority 32000 iif lo to 198.51.100.0/25 lookup 101
ip route add 10.0.1.0/24 via 10.0.1.253 table t107 tos 0x04 advmss 1200
ip rule add uidrange 10-5 lookup 100
ip route add unicast 192.0.0.0/8 dev b0 table 108
ip route add prohibit 10.0.0.0/8 table default
ip rule add sport 1000-2000 from 10.0.0.0/8 iif a0 lookup local
ip -6 route add prohibit 2606:4700::1111 table 102
ip -6 rule del pref 20 lookup 109
ip route add 192.0.2.0/25 via 10.0.1.254 table 110 metric 100
ip route add 1.0.0.0/8 via 10.0.2.103 src 10.0.1.100
ip rule add order 5 to 10.0.0.0/12 ipproto tcp nop
ip route add 5.5.5.5 via 10.0.1.254 metric 10
ip -6 route add throw 2001:db8:aaaa:bbbb::/96 table main
ip route add 172.0.0.0/8 dev a0 table main scope link
ip rule add from 10.0.2.0/24 lookup 101
ip rule add from 192.168.0.0/16 fwmark 1 to 8.0.0.0/12 prohibit
ip -6 route add 2001:db8:aaaa:bb00::/56 via 2001:db8:1::fe metric 10 table 106
ip -6 rule add from ::/8 oif a0 lookup 110
ip link set a1 down
ip rule add to 1.1.0.0/16 pref 200 from 192.168.0.0/16 fwmark 0x7/0 lookup 109 suppress_prefixlength 24
ip rule add from 5.5.5.0/24 pref 500 ipproto tcp table 108
sysctl -w net.ipv4.conf.b1.forwarding=1
ip route add blackhole 10.0.1.0/25 table 105
ip -6 route add default nexthop via 2001:db8:1::66 weight 2 nexthop via 2001:db8:2::2 table t107
ip rule add from 10.0.2.0/24 lookup 110
ip -6 route add prohibit 2001::/16
ip rule add iif lo pref 1001 from 10.0.1.1 ipproto tcp tos 0x0c goto 32765
ip route add unicast 10.0.0.0/12 via 10.0.1.103
ip route add 198.51.0.0/16 via 10.0.2.103 dev b0 metric 1024 table 100
ip -6 route add throw fd00:1::/64 table 110
ip rule add not from 0.0.0.0/8 to 198.51.96.0/20 oif a1 order 200 uidrange 0-0 iif lo lookup main
ip route add blackhole 11.0.0.1 table 106 metric 1024
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
