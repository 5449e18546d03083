# random scenario seed=20261164 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 105 t105 >> /etc/iproute2/rt_tables
ip route add 8.8.0.0/16 dev b0 metric 100 table local
ip route add 192.0.2.33 via 10.0.1.104 table 100 proto dhcp
ip -6 route add throw 2001:db8:99::/96 table 101
ip route add 11.0.0.0/12 via 10.0.1.103 table 101 metric 0
ip rule add pref 200 lookup 101
ip -6 rule add fwmark 0xff/0xff order 32765 blackhole
ip rule add pref 100 from 10.0.0.0/8 to 8.0.0.0/8 goto 1001
sysctl -w net.ipv4.conf.all.accept_local=1
ip route add 100.64.0.0/20 dev b0 metric 200
ip rule add oif a1 ipproto tcp pref 20 to 10.20.30.40 lookup 109 suppress_ifgroup 0
ip -6 rule add order 500 to 2001:db8:1::/48 lookup 100
ip route add prohibit 5.5.5.0/24
ip route add unreachable 8.8.0.0/16 table main
ip route add unicast 198.51.100.7 dev b0 metric 100
ip rule del pref 200 lookup 101
ip -6 route add 2606:4700::1111 via 2001:db8:2::64 dev b0 src 2001:db8:1::1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
