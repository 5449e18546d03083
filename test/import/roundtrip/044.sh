# random scenario seed=20261167 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 103 vpn >> /etc/iproute2/rt_tables
ip -6 route add default via 2001:db8:1::254
ip rule add uidrange 10-5 lookup 100
sysctl -w net.ipv4.conf.b0.rp_filter=1
ip route add local 10.0.1.77 dev b0 src 10.0.2.1 table local
ip rule add to 10.0.0.0/8 from 10.0.2.9 lookup 101
ip route add 203.0.113.9 dev b1 src 10.0.1.1 table 105
sysctl -w net.ipv4.conf.all.src_valid_mark=1
ip route add unicast 10.0.2.77 dev a0 table 101
ip rule add ipproto udp pref 1001 goto 5000
ip rule add pref 200 from 10.0.1.0/24 lookup 105
ip route add throw 198.51.100.0/24 table local metric 1
ip route add 192.0.0.0/8 via 10.0.1.103 dev a0 tos 0x18 table 102
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::65 dev b0 table local
ip route add nat 10.9.0.0/16 via 10.0.1.5
ip rule del pref 1001
ip route add local 203.0.113.8/30 dev b0 table local
ip -6 route del 2001:db8:aaaa::/48 table local
ip rule add fwmark 0x7/0 from 10.0.2.9 priority 1000 oif b0 type prohibit
ip route add 192.0.0.0/20 via 10.0.1.100 tos 0x04 metric 7 table 100
sysctl -w net.ipv4.conf.a0.rp_filter=2 net.ipv4.conf.all.accept_local=0
ip -6 rule add dport 443 pref 100 fwmark 1 sport 1000-2000 lookup main suppress_ifgroup 0
ip rule add pref 50 goto 40
ip rule add to 203.0.113.9 order 200 ipproto tcp from 192.168.0.0/16 oif a0 blackhole
sysctl -w net.ipv4.conf.all.accept_local=1
sysctl -w net.ipv4.conf.a1.forwarding=0
ip route add 1.0.0.0/12 via 10.0.1.101
ip route add 10.0.0.0/8 dev b0 table 109
ip link set a1 down
ip link set a1 up
ip rule del fwmark 0x7/0 from 10.0.2.9 priority 1000 oif b0 type prohibit
ip rule add lookup 102
ip rule add dport 1000-2000 fwmark 0x100 blackhole
ip route add 11.0.0.0/20 dev a0 proto boot table 108 src 10.0.1.1 metric 200
ip -6 route add unreachable 2001:db8:2::/48 table 107
ip -6 route del unreachable 2001:db8:2::/48 table 107
sysctl -w net.ipv4.ip_forward=1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
