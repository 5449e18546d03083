# random scenario seed=20261163 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 103 mgmt >> /etc/iproute2/rt_tables
sysctl -w net.ipv4.ip_forward=1
ip route add throw 10.0.0.0/8 table 103
ip route add throw 203.0.113.9 tos 0x0c table 108
ip rule add tos 0x20 lookup 100
sysctl -w net.ipv4.conf.b0.rp_filter=0
ip route add local 8.0.0.0/8 dev a0 src 10.0.2.1 metric 1 table 101
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip route del throw 203.0.113.9 table 108
ip route add 9.9.0.0/16 dev c0 proto dhcp scope link table 100
ip route add unreachable 198.51.0.0/16 table main
ip -6 rule add pref 300 dport 53 to 2001:db8:aaaa:bb00::/56 table 108 suppress_ifgroup default
ip -6 route add default dev a0 initcwnd 10 table 104
ip -6 route add throw 2001::/16 table 104
ip rule add oif c0 lookup main suppress_prefixlength 128
ip -6 route add 2a00:1450::/56 via 2001:db8:1::fe table main
ip rule add sport 1500 uidrange 1-4294967294 priority 1000 table main
ip route del local 8.0.0.0/8 table 101
ip rule add dport 65535 lookup 100
ip -6 rule add from 2001:db8:1::/64 iif lo table 102
sysctl -w net.ipv4.conf.nosuch.rp_filter=1
ip rule add ipproto icmp tos 0x14 lookup main
ip route add local 198.51.0.0/16 dev a0 src 10.0.1.1
sysctl -w net.ipv4.conf.a0.rp_filter=1
ip rule add to 10.0.0.0/20 uidrange 1-4294967294 lookup 100 suppress_prefixlength 0
ip -6 rule add to 2001::/16 priority 500 unreachable
ip route add local 100.0.0.0/8 dev a0 metric 0 table 107
ip route add 10.0.0.0/12 dev c0 scope link table local
ip rule add not table 104
ip route add prohibit 5.5.5.4/30 table mgmt
ip route add 10.20.30.32/28 dev c0 table 108
ip rule del pref 12345
ip -6 route add unreachable 2a00:1450::200e metric 1 proto boot table 105
ip route add 5.5.5.4/30 dev a0
ip -6 route add 2001:4860:4860::/48 via 2001:db8:2::66 dev b0 table 104
ip -6 rule add from ::/8 ipproto udp pref 500 goto 32000
ip route add broadcast 10.20.30.40 dev c0 metric 100 table 100
ip route add blackhole 11.0.0.0/20 table 108
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route show table all
ip rule add from 0.0.0.0/8 pref 5000 iif a1 to 10.0.0.0/20 nop
ip -6 rule add priority 20 to 2001:db8::/32 prohibit
ip rule add fwmark 0x13 tos 0x18 to 100.64.3.0/28 order 1000 goto 5000
ip -6 rule add oif c0 to 2001:4860:4860::/56 blackhole
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
