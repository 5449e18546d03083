# random scenario seed=20261128 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 105 isp1 >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
echo 107 isp2 >> /etc/iproute2/rt_tables
sysctl -w net.ipv4.ip_forward=1
ip -6 route add 2001::/16 via 2001:db8:1::68 pref low metric 100 table t106
ip route add throw 192.0.0.0/20 table 104
ip -6 rule add pref 5 to default lookup 109
ip -6 rule add from fd00::/8 to 2606::/16 ipproto tcp lookup main suppress_prefixlength 24
ip route add unreachable 192.168.7.1 metric 10
ip route add 100.64.0.0/12 via 10.0.1.2
sysctl -w net.ipv4.conf.b1.forwarding=0
ip route add 10.0.0.0/12 dev a0 src 10.0.5.1 tos 0x10 table 100
ip rule add uidrange 1-4294967294 priority 500 to 10.20.16.0/20 prohibit
ip -6 route add 2001:db8::/32 dev a0 table 100
ip route add 10.0.2.64/28 via 10.0.2.103 table 101
ip route add 203.0.0.0/8 via 10.0.1.254 table 104
ip rule add priority 1000 to 192.168.0.0/16 sport 1000-2000 dport 80 oif b1 lookup 108 suppress_ifgroup default
ip rule del uidrange 1-4294967294 priority 500 to 10.20.16.0/20 prohibit
ip -6 rule add pref 500 uidrange 5-5 lookup 101
ip -6 rule del pref 5 to default lookup 109
ip route add 10.0.1.0/25 via 10.0.2.253 table 104
ip route add 203.0.113.9 via 10.0.2.105 dev b0 table 109
ip rule add tos 0x20 lookup 100
ip route add 192.0.0.0/8 via 10.0.2.105
sysctl -w net.ipv4.ip_forward=1
ip -6 route add unreachable fd00::/16 table 108 metric 200
ip route add default dev b0 initcwnd 10
ip rule add priority 5000 lookup 1000 suppress_prefixlength 128
ip -6 route add throw 2606:4700::/32 table 102
ip -6 route add 2001:db8:2::77 via 2001:db8:2::65 table 102
ip route add local 10.77.0.5 dev a0 metric 0 window 65535 table local proto dhcp
ip rule add order 10 lookup main
ip -6 route add blackhole 2001:4860:4860::/48 table 104
ip -6 route add 2001:db8:2::/48 via 2001:db8:2::2 metric 1024 table 100
ip route add 1.1.0.0/16 dev b0 table 110 metric 1
ip route add 10.16.0.0/12 via 10.0.1.254
ip route add throw default metric 100 table 107
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
