# random scenario seed=20261147 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.5.1/24 dev a0
echo 100 vpn >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip rule add fwmark 0/0xff00 order 1000 to 100.64.0.0/16 from 0.0.0.0/8 lookup main
sysctl -w net.ipv6.conf.all.forwarding=1
ip rule add priority 20 goto 200
ip rule add not pref 5 iif a0 from 10.0.3.0/24 lookup 105
ip rule del priority 20 goto 200
ip rule add from 10.0.2.9 type blackhole
ip rule add to 100.64.3.0/24 ipproto icmp fwmark 0x1 pref 5000 dport 80-443 from 10.0.1.0/24 lookup t103
ip rule add from 5.5.5.0/24 lookup main suppress_prefixlength 32
ip route add 100.64.0.0/12 dev b0 scope link
sysctl -w net.ipv4.conf.a0.forwarding=1
ip -6 route add throw 2001::/16 table t104
ip route del 100.64.0.0/12
ip route add 10.0.2.0/24 via 10.0.2.254 dev b0 metric 4294967295 table 107
ip route add 10.5.0.0/16
ip -6 route add 2001:db8:2::/48 via 2001:db8:1::2 dev a0 pref low src 2001:db8:2::1 table 106 metric 1
ip route add unreachable 5.5.5.4/30 table 110
ip rule add lookup nosuchtable
ip rule add from 10.0.2.9 table main
ip rule add fwmark 7 table 101
ip route add throw 10.0.2.76/30 metric 200 table t104
sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.a1.rp_filter=0
ip -6 route add fd00:1::/56 dev b0 pref high proto 99
ip -6 rule add from 2001:db8:2::/48 pref 5000 oif b0 lookup 108
ip -6 rule add not sport 1000-2000 pref 30 oif b1 lookup 107
ip route add 10.0.2.77 dev b1 table 102
ip -6 rule add pref 5000 from 2001:db8::/32 to 2001:4860:4860::/96 lookup 106
sysctl -w net.ipv6.conf.all.forwarding=0 net.ipv4.conf.all.src_valid_mark=1
ip route add 9.9.0.0/16 dev b0 hoplimit 32
ip -6 route add unicast 2001:db8:1::/64 via 2001:db8:2::69 proto dhcp table vpn
ip route add default nexthop via 10.0.1.2 weight 2 nexthop via 10.0.2.253 table 110
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
