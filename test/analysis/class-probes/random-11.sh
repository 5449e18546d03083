# random scenario seed=11 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 102 guest >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add ipproto icmp lookup t109
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::fe dev b0 table guest
ip route add 5.5.0.0/16 via 10.0.2.102 table 103
ip rule add priority 10 tos 0x1c dport 1000-2000 lookup 110
ip rule add iif lo dport 80 pref 300 lookup 101
ip -6 rule add dport 53 order 500 tos 0x20 goto 32766
ip rule add iif b1 pref 150 lookup 106 suppress_ifgroup default
ip route add 198.51.100.4/30 dev a0 table 108 metric 0 scope link
ip route add 9.0.0.0/8 dev b1 scope link table 100
ip rule del iif b1 pref 150 lookup 106 suppress_ifgroup default
ip -6 rule show
ip rule add sport 1000-2000 from 10.0.2.9 order 20 uidrange 1-4294967294 to 1.1.1.1 unreachable
ip rule add priority 100 iif lo oif a0 from 10.0.0.0/8 table 107 suppress_prefixlength 0
ip route add 100.64.3.0/24 via 10.0.1.103 table 110 proto 99
ip -6 rule add priority 100 from 2001:db8:2::9 to 2a00:1450::/32 table main
ip -6 rule add uidrange 0-0 from 2001:db8:1::/64 oif b0 priority 100 lookup 106
ip -6 route add 2001::/16 dev a1 advmss 1200 proto boot pref high table main
ip route add default dev b0 table 108
ip rule add fwmark 0x7/0 lookup main suppress_prefixlength 128
ip rule add ipproto tcp priority 300 to 11.0.0.0/16 uidrange 1000-2000 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip rule add fwmark 0xzz lookup 100
ip rule add not ipproto icmp order 200 lookup 107
ip -6 rule add pref 100 fwmark 7 from 2001:db8:2::9 unreachable
ip rule add to 10.20.30.40 from 10.0.1.0/24 lookup guest
ip -6 rule add priority 50 sport 1000-2000 to 2001:4860:4860::8888 from 2001:db8:2::9 table 109
sysctl -w net.ipv4.conf.a0.rp_filter=2
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
