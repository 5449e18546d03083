# random scenario seed=20261152 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 101 t101 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 110 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip -6 route add unicast default dev b0 table 105
ip route add 198.51.100.4/30 dev b0 metric 1
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::fd mtu lock 1300 proto 99 table 103
ip route add 10.0.2.77 via 10.0.2.2
ip rule add not tos 0x18 blackhole
ip route add blackhole 192.168.7.1 table 107
ip route add 11.0.0.0/24 via 10.0.2.104 dev b0 table 106 metric 7
ip route add 10.8.0.0/16 dev nosuch
ip rule add fwmark 0xzz lookup 100
ip rule add to 203.0.0.0/8 iif lo order 5 goto 200
ip -6 rule add from fd00::/8 lookup 105
ip route add 198.0.0.0/8 via 10.0.1.103 table 107
ip route flush table 107
ip -6 rule add ipproto udp to 2001:db8:1::/48 order 100 lookup 100 suppress_prefixlength 128
ip rule add from 10.0.2.9 priority 20 lookup 108
ip -6 route add throw 2606:4700::/64 table 109 pref medium
ip rule del pref 12345
ip rule add oif b0 to 100.64.3.3 pref 200 fwmark 0xff/0xff nop
ip route add 192.0.2.0/24 via 10.0.2.105 table 107
ip rule add order 200 to 10.0.1.0/25 sport 1-1024 dport 80-443 lookup 102
ip rule add not pref 50 iif a1 to 10.0.2.77 lookup main
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
