# random scenario seed=20261134 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 103 mgmt >> /etc/iproute2/rt_tables
echo 106 isp2 >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
echo 109 vpn >> /etc/iproute2/rt_tables
echo 110 t110 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add tos 0x14 from 10.0.1.1 lookup main
ip route add local 10.0.2.0/25 dev a1 table 102
ip route del local 10.0.2.0/25 table 102
ip -6 rule add priority 32765 nop
ip route add 10.0.1.0/25 dev b0 table 1000 metric 1024 proto boot
ip rule add to 10.0.0.0/16 iif a1 oif b0 pref 50 lookup 102
ip route add 10.0.0.0/8 dev a0 metric 1
ip rule add pref 100 lookup main
ip rule add to 1.1.0.0/16 order 50 lookup 102
ip -6 rule add not ipproto udp to 2001:db8:99::/96 tos 0x10 order 5 lookup 102
sysctl -w net.ipv4.conf.a1.rp_filter=1
ip rule add from 10.0.1.0/24 pref 200 fwmark 0/0xff00 lookup main
ip rule add fwmark 0/0xff00 sport 1-1024 iif a1 to 9.0.0.0/8 lookup 106 suppress_ifgroup default
ip rule add to 192.0.0.0/8 oif a1 from 10.0.1.1 sport 1-1024 iif b1 priority 10 lookup mgmt
ip route add unreachable 8.0.0.0/12 table default
ip route flush table 101
ip rule add sport 1000-2000 to 5.5.5.5 priority 5000 prohibit
ip rule add oif a1 nop
ip route add 198.51.100.0/25 via 10.0.1.253 table 102
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route add 10.0.2.0/24 via 10.0.1.105 table 104
ip route add 10.0.0.0/8 dev b0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
