# random scenario seed=20261148 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 100 t100 >> /etc/iproute2/rt_tables
echo 104 mgmt >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 107 isp2 >> /etc/iproute2/rt_tables
echo 108 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add broadcast 1.0.0.0/12 dev b1 table 100 tos 0x10
ip route add multicast 8.8.8.0/28 dev b0 table main
ip -6 route add fd00::/16 via 2001:db8:1::66
ip rule add pref 150 lookup main suppress_prefixlength 128
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::68 dev b0 table 105
ip rule add nop
ip -6 rule add iif b0 table 110
ip -6 rule add tos 0x20 pref 50 lookup main
ip rule add pref 32765 to 10.20.0.0/16 from 10.0.2.9 fwmark 0x7/0 lookup 108
ip rule add to 10.20.0.0/16 from 10.0.1.1 lookup main
ip rule add pref 30 lookup 106
ip rule add from 192.168.0.0/16 priority 10 dport 80 lookup 102
ip route add blackhole 5.5.0.0/20 table 101 metric 10 proto kernel
ip route add local 10.0.0.0/16 dev a0 mtu 1400 table local
ip route add unreachable 10.0.1.0/24 tos 0x18
ip rule add oif b0 lookup 102
ip -6 rule add to 2001:db8:aaaa:bbbb::1 prohibit
ip route add throw 192.168.7.1 table 102 proto static
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
