# random scenario seed=20261155 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 100 mgmt >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 108 isp2 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add priority 500 lookup 104
ip rule add from 10.0.3.0/24 order 10 to 1.0.0.0/12 fwmark 0x10/0xf0 lookup main
ip -6 route add 2a00::/16 dev a0 table mgmt scope link
ip -6 rule add not from 2001:db8:2::9 to 2001:db8:1::/56 lookup 109
ip rule add pref 5000 from 192.168.0.0/16 lookup 105
ip -6 rule add sport 1000-2000 to 2001::/16 uidrange 0-0 pref 100 goto 1001
ip rule add uidrange 5-5 priority 100 from 10.0.0.0/8 lookup main
ip route add throw 192.0.0.0/12 proto kernel table local
ip -6 rule add from ::/8 blackhole
ip -6 route add default via 2001:db8:2::fd src 2001:db8:1::1 table t103 metric 1
ip route add 10.0.1.77 via 10.0.1.254 dev a0
ip route add throw 198.51.100.0/28 metric 4294967295 table isp2
ip route add 203.0.0.0/12 via 10.0.1.2 dev a0
ip rule add order 5 lookup 4000 suppress_prefixlength 16
ip rule add dport 53 to 8.8.8.0/28 table 106
ip -6 rule add pref 5000 from ::/8 iif a1 lookup local
ip rule add to 198.51.100.0/25 table 103
ip -6 route add blackhole fd00:1::/48 table default proto kernel
ip -6 rule add to 2a00:1450::200e pref 10 nop
sysctl -w net.ipv4.conf.all.src_valid_mark=1
ip route add 9.9.9.0/24 via 10.0.1.103 dev a0 table 101
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
