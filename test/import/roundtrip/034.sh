# random scenario seed=20261157 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.5.1/24 dev a0
echo 101 t101 >> /etc/iproute2/rt_tables
echo 104 mgmt >> /etc/iproute2/rt_tables
echo 108 vpn >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
echo 110 t110 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add prohibit 11.0.0.0/16 table mgmt tos 0x14 metric 200
ip -6 route add throw 2001::/16 table 102 metric 10
ip route add 198.0.0.0/8 dev a0 table 70000
ip -6 route add fd00::/16 via 2001:db8:1::65 table mgmt
ip -6 rule add ipproto tcp fwmark 0x13 oif b0 order 30 prohibit
ip rule add pref 50 goto 40
ip route show
ip route show table all
ip -6 route add 2001:db8:99::/64 nexthop via 2001:db8:2::65 weight 1 nexthop via 2001:db8:1::fe
ip route add 5.5.5.4/30 via 10.0.1.102 metric 200 table 105
ip rule add pref 150 iif lo lookup 102
ip rule add not tos 0x18 dport 80-443 from 10.0.1.1 order 10 lookup 103
ip route add 172.16.5.0/24 dev a1 metric 100 table default
ip route add throw 10.0.0.0/12 table 102
ip rule add from 10.0.1.1 to 10.20.0.0/16 uidrange 0-0 pref 100 lookup local
ip route add unreachable 11.0.0.0/24 table 103
ip rule show
ip -6 route add 2001:db8:1::77 dev b0 table t109
ip rule add to 203.0.0.0/8 iif lo priority 5000 table main suppress_ifgroup default
ip rule del pref 150 iif lo lookup 102
ip rule add priority 5000 to 192.0.2.32/28 lookup main
ip route add 10.20.30.40 via 10.0.2.102 table t110
ip route add 10.16.0.0/12 dev a0 scope link table 106
ip rule add not pref 5000 lookup t101
ip rule del pref 5000
sysctl -w net.ipv6.conf.all.forwarding=1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
