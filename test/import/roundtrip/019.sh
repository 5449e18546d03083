# random scenario seed=20261142 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip rule add from 10.0.2.0/24 pref 150 uidrange 1000-2000 lookup main
ip rule add pref 200 lookup main
ip rule add ipproto tcp to 8.0.0.0/8 pref 200 blackhole
ip rule add to 10.0.0.0/8 table 108
ip -6 rule add iif a0 lookup 1000
ip -6 route add 2a00:1450::/32 via 2001:db8:1::67 table 109 src 2001:db8:2::1
ip -6 rule add not from 2001:db8::/32 pref 1000 tos 0xb8 goto 32000
ip -6 route add 2001:db8:2::/96 via 2001:db8:1::fe proto dhcp table 107
ip -6 rule add priority 100 nop
ip rule add table 105 suppress_prefixlength 0
ip route add 8.8.8.0/25 via 10.0.2.254 dev b0 tos 0x14 table 110
ip rule add order 100 to 203.0.0.0/16 lookup 4000
ip -6 rule add iif a0 from 2001:db8:1::/64 lookup main
ip rule add to 5.5.0.0/20 from 10.0.3.0/24 lookup 107
ip route add local 10.0.2.0/24 dev b0 table 1000 metric 200
sysctl -w net.ipv4.conf.all.rp_filter=2
ip -6 route add local 2606:4700::/56 dev a0 mtu lock 1300 table 100
ip route add 100.64.3.3 dev a0 metric 100 table main src 10.0.1.1
sysctl -w net.ipv4.ip_forward=1
ip route add blackhole 10.0.0.0/20 table 105
ip -6 rule show
sysctl -w net.ipv4.ip_forward=1
ip rule add fwmark 1 priority 5000 iif lo sport 1-1024 lookup 107 suppress_ifgroup 0
ip route add 8.8.8.8 via 10.0.1.254 dev a0 metric 4294967295 table 100
ip route add throw 10.20.30.0/24 table main
ip route add nat 10.9.0.0/16 via 10.0.1.5
ip route add unreachable 1.0.0.0/8 table 101
ip -6 route add 2001::/16 via 2001:db8:1::2 dev a0 metric 4294967295 initcwnd 10
ip -6 route add 2001:4860:4860::/48 dev a0 table 105 metric 1024
ip route add blackhole 5.5.5.5 table 105 metric 0
ip -6 route add blackhole 2001:db8:1::/64 table 109 pref high
sysctl -w net.ipv4.conf.all.accept_local=0
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
