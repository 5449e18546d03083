# random scenario seed=3 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.1.100/24 dev a0
ip addr add 10.0.5.1/24 dev a0
echo 103 t103 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.b1.forwarding=1
ip rule add order 500 from 0.0.0.0/8 table 107
ip route add throw 172.16.5.0/24
sysctl -w net.ipv4.conf.nosuch.rp_filter=1
ip route add 100.64.3.0/28 via 10.0.2.104 dev b0 table 110
ip -6 rule add fwmark 0x13 sport 1500 lookup main
sysctl -w net.ipv4.conf.a0.src_valid_mark=0
ip route add 10.0.1.64/28 via 10.0.1.254 metric 1 table 104
ip -6 route add 2606:4700::/32 via 2001:db8:2::69
ip -6 route add 2a00:1450::/48 via 2001:db8:2::69 table 101 src 2001:db8:1::1
ip -6 route del 2a00:1450::/48 table 101
sysctl -w net.ipv4.conf.b1.accept_local=1
ip route add 10.20.16.0/20 via 10.0.1.103 table 108
ip -6 route add fd00:1::/64 dev b0 table 1000 metric 10 pref medium
ip rule add priority 5 tos 0x1c from 5.5.5.0/24 goto 150
ip rule add not to 10.0.2.0/24 priority 5 oif a1 lookup 104
sysctl -w net.ipv4.conf.nosuch.rp_filter=1
ip rule add pref 5 lookup 107
ip -6 rule add pref 5000 table 106 suppress_prefixlength 0
ip -6 rule add dport 53 order 200 tos 0x04 from fd00::/8 lookup main suppress_prefixlength 0 suppress_ifgroup 0
ip -6 rule add from 2001:db8:2::/48 table 104
ip -6 route add throw default
ip rule add not from 10.0.1.1 pref 10 to 10.0.2.77 lookup 104
ip rule del pref 5
ip rule add lookup main
ip route add blackhole 10.20.30.40/30 metric 100
ip -6 rule add order 1001 lookup 1000
ip route add 8.0.0.0/8 via 10.0.1.100 table 101
ip rule add dport 1000-2000 lookup 107
ip rule add iif a1 lookup 1000
ip route add prohibit 5.5.5.5 table 110
ip rule add not from 10.0.0.0/8 pref 32765 oif b0 uidrange 1000-2000 table 106
ip -6 rule del fwmark 0x13 sport 1500 lookup main
ip rule add pref 500 oif a1 to 10.0.0.0/8 lookup 101
ip route add 9.9.0.0/20 dev b0 metric 200
ip -6 route add 2001:db8:99::/96 via 2001:db8:2::68 table 102 src 2001:db8:2::1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
