# random scenario seed=20261168 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 100 t100 >> /etc/iproute2/rt_tables
echo 108 t108 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add 5.0.0.0/12 dev b0 proto 99 table 109
ip -6 route add 2001:db8:aaaa:bbbb::/64 via 2001:db8:2::2 table 109
ip route add default via 10.0.2.2 metric 10
ip -6 route add 2a00:1450::/64 via 2001:db8:2::fe dev b0 src 2001:db8:2::1 table main metric 4294967295
sysctl -w net.ipv4.conf.b1.forwarding=1 net.ipv4.conf.all.accept_local=0
ip route add 192.0.2.0/24 via 10.0.1.105 src 10.0.2.1 table 107 metric 4294967295
ip route add 10.0.2.0/25 via 10.0.2.254 table main
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::66 table 101
ip rule add priority 100 lookup main
ip route add 192.0.0.0/16 via 10.0.1.254 table 105
sysctl -w net.ipv4.conf.all.src_valid_mark=1
ip route del default
ip route add prohibit 172.0.0.0/8 table 109 metric 10
ip -6 route add blackhole 2001:db8:aaaa:bbbb::/96 table default
ip rule add order 5 lookup 107
ip route add 203.0.113.0/24 dev b1 table 104
ip -6 rule add to default lookup main
ip rule add tos 0x10 lookup 106
ip -6 route add default dev b0 table main
ip route add 192.0.0.0/12 via 10.0.1.253 mtu 1400 src 10.0.1.1
sysctl -w net.ipv4.ip_forward=0
ip -6 rule add not to default order 32000 sport 53 lookup 107
ip rule add to 9.9.0.0/16 type blackhole
ip rule add dport 80-443 lookup default
ip -6 rule add fwmark 0xff/0xff order 1000 lookup t108
ip rule add uidrange 1000-2000 priority 1001 dport 80 lookup 107
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
