# random scenario seed=20261154 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 104 t104 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 108 t108 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip route add 1.0.0.0/8 dev a0 metric 10 src 10.0.1.1
ip route del 1.0.0.0/8 table main
sysctl -w net.ipv4.conf.b0.src_valid_mark=0
ip route add 11.0.0.0/8 via 10.0.1.102 dev a0 table default
ip rule add not dport 1000-2000 from 0.0.0.0/8 order 100 ipproto tcp uidrange 5-5 lookup 1000
ip route add prohibit 10.0.0.0/16 table 108
ip -6 route add default via 2001:db8:2::69 table t105
sysctl -w net.ipv6.conf.all.forwarding=1
ip -6 rule add pref 100 table main suppress_prefixlength 16
ip -6 route add fd00:1::/64 via 2001:db8:2::69 metric 100
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip rule add to 10.0.0.0/8 from 192.168.0.0/16 pref 1000 lookup main suppress_prefixlength 128
ip -6 rule add to fd00:1::/96 table main
ip route del 10.99.0.0/16
ip -6 rule add not priority 32765 uidrange 0-999 from 2001:db8:2::/48 oif a0 lookup main
ip -6 route add unicast 2001::/16 via 2001:db8:2::65 dev b0 table 105 pref low
sysctl -w net.ipv4.conf.b0.forwarding=1
ip route add broadcast 100.0.0.0/8 dev b1 table t104
sysctl -w net.ipv6.conf.all.forwarding=1
ip rule add fwmark 0xzz lookup 100
ip -6 route add 2606:4700::/48 via 2001:db8:2::69 src 2001:db8:2::1 mtu 1400 table 107
ip route add prohibit 192.0.0.0/8 table main
sysctl -w net.ipv4.ip_forward=0
ip route add 10.20.30.40 via 10.0.2.101 table 110
ip -6 route add throw 2001:db8:99::/48 table 100
ip rule add to 10.0.0.0/8 lookup main suppress_prefixlength 0
ip -6 route add throw 2606::/16 table t104
ip -6 route del throw 2606::/16 table t104
ip route add 11.0.0.0/20 via 10.0.2.103 table t109 metric 200
ip route add unicast 10.20.16.0/20 via 10.0.1.103 dev a0 table t105
ip route add 100.64.3.0/30 via 10.0.2.105 dev b0 table t108 mtu 1400
ip -6 rule add not uidrange 0-999 blackhole
ip -6 rule add pref 200 nop
ip route add unreachable 5.5.5.0/24 table 110
sysctl -w net.ipv4.conf.b0.rp_filter=1
ip rule add from 10.0.1.0/24 dport 1000-2000 lookup t105
ip rule add from 192.168.0.0/16 uidrange 0-999 iif lo lookup main
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
