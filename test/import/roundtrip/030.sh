# random scenario seed=20261153 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 108 isp2 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add 10.5.0.0/16 dev a0
ip route flush table 100
ip route flush table 102
ip rule add iif nosuch order 20 lookup main
ip route add 10.20.30.40/30 via 10.0.1.102 table 107
ip rule add from 10.0.1.1 ipproto tcp sport 53 type unreachable
ip -6 route add 2001:db8:aaaa:bbbb::1 via 2001:db8:1::fd dev a0 pref high
ip rule add pref 50 dport 80-443 iif b0 blackhole
sysctl -w net.ipv4.conf.a1.src_valid_mark=0 net.ipv4.conf.a0.forwarding=1
ip rule del pref 50 dport 80-443 iif b0 blackhole
sysctl -w net.ipv4.conf.b1.forwarding=1 net.ipv4.conf.a0.rp_filter=0
ip -6 rule add to 2001::/16 tos 0x40 pref 30 lookup main suppress_prefixlength 128
ip -6 route add 2001:db8:99::1 dev b0 table isp2
ip route add blackhole 172.0.0.0/8 table 104
ip rule add dport 443 fwmark 0x10/0xf0 from 192.168.0.0/16 lookup main
ip route add 203.0.113.0/24 via 10.0.2.102 table 106
sysctl -w net.ipv4.ip_forward=0
ip -6 rule add dport 80-443 from 2001:db8::/32 to 2001::/16 fwmark 0x100 priority 1000 table 110
ip rule add from 0.0.0.0/8 priority 200 lookup 100 suppress_prefixlength 128
ip route show
ip rule add not fwmark 1 ipproto tcp pref 1000 table default
ip -6 rule add dport 443 priority 50 from 2001:db8::/32 nop
ip rule show
ip rule add priority 5000 to 100.64.3.0/24 table main
ip -6 route add 2001::/16 dev b0 table isp2 pref medium
ip route add default dev b0 metric 7
ip -6 route add unreachable 2a00:1450::/48 table 101
ip -6 route add 2001:4860:4860::8888 via 2001:db8:2::68 table 110
ip route add 9.0.0.0/8 via 10.0.2.103 table local metric 0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
