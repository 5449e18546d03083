# random scenario seed=20261140 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.1.100/24 dev a0
ip addr add 10.0.9.1/32 dev lo
echo 100 mgmt >> /etc/iproute2/rt_tables
echo 105 isp1 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.conf.all.src_valid_mark=1
ip rule add iif a0 lookup
ip rule add dport 80-443 to 10.20.30.0/24 priority 32765 lookup main
ip route add blackhole 198.51.100.0/25 table 104
ip rule add lookup 103 suppress_prefixlength 24
ip rule del dport 80-443 to 10.20.30.0/24 priority 32765 lookup main
ip route add 192.0.2.32/28 via 10.0.3.105 table 106
ip route flush table 108
ip -6 route add 2a00:1450::/96 via 2001:db8:3::64 table 103
ip -6 route add 2606:4700::/48 via 2001:db8:1::64 table 100
ip rule add pref 20 oif c1 lookup 102
ip rule add to 192.168.7.0/28 pref 100 lookup 105
ip rule add priority 32765 to 198.51.100.7 lookup 107 suppress_prefixlength 24
ip -6 rule add to default from fd00::/8 iif b0 tos 0x04 pref 32000 lookup main
ip rule add to 9.9.9.0/24 lookup 106
ip route add 10.6.0.0/16 via 10.0.3.7 dev a0
sysctl -w net.ipv4.ip_forward=1
ip -6 route add prohibit 2001:4860:4860::/48 proto static
ip route del 192.0.2.32/28 table 106
ip route add 192.168.7.1 via 10.0.3.104 dev c0 table 102 src 10.0.9.1
ip route add 11.0.0.0/8 dev b0 table t109
ip rule add from 10.0.1.0/24 table 110
ip -6 rule add not uidrange 0-999 pref 200 iif b0 to default lookup 107
ip route add unicast 5.5.0.0/16 via 10.0.1.253 tos 0x1c table 107 metric 10
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
