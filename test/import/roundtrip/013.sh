# random scenario seed=20261136 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 102 t102 >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
echo 109 guest >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 192.0.2.32/28 metric 7
ip -6 route add 2a00:1450::/96 via 2001:db8:2::65 dev b0 table 100
ip -6 route add 2001:db8:1::/48 dev c0 table 110 proto boot metric 7
ip route add prohibit 8.8.8.0/24 table main
ip rule add oif a0 iif b0 tos 0x0c to 5.5.0.0/16 priority 150 lookup t102
ip rule add pref 20 to default lookup main
ip route add nat 10.9.0.0/16 via 10.0.1.5
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:1::65 advmss 1200 table 101
ip route del unreachable 192.0.2.32/28
sysctl -w net.ipv4.conf.all.rp_filter=2
ip -6 route add unreachable 2001:db8:99::/56 metric 4294967295 table t107
ip -6 route add default dev b0 table 104
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add broadcast 192.0.2.32/30 dev a1 table 103
ip -6 rule add to 2001:db8::/32 from ::/8 iif a0 lookup main
ip -6 rule add not order 5 tos 0x04 fwmark 0x1 dport 443 type unreachable
ip -6 route add prohibit 2a00:1450::/48 metric 7
ip rule add not priority 1000 fwmark 0xff/0xff to 1.1.1.0/24 lookup 105
ip -6 route add 2001:db8:99::1 dev b0
ip route add unreachable 9.9.9.0/25 table 101
sysctl -w net.ipv4.conf.b0.accept_local=0 net.ipv4.conf.a0.src_valid_mark=1
ip rule add not oif c1 from 192.168.0.0/16 table t107
ip route add 10.0.0.0/8 via 10.0.2.101 metric 100
ip rule add fwmark 0xzz lookup 100
ip route add 172.16.5.0/25 dev b0 tos 0x1c table 4000
ip route add default via 10.0.2.105
ip route show table all
ip route add local 9.9.9.0/25 dev b0 table local
ip route add throw default tos 0x18 proto boot table main
ip -6 rule add sport 1000-2000 priority 1001 dport 80-443 iif b1 fwmark 0x10/0xf0 to 2001:db8:1::/96 table main
ip rule del pref 20
sysctl -w net.ipv4.ip_forward=0
ip route add 11.0.0.0/8 via 10.0.2.254 table 100
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
