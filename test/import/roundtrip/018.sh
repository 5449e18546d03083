# random scenario seed=20261141 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 101 t101 >> /etc/iproute2/rt_tables
echo 106 guest >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add prohibit 10.0.2.0/25 metric 200 table default
ip rule add type local
ip rule add from 0.0.0.0/8 prohibit
ip route del prohibit 10.0.2.0/25 table default
ip route add 203.0.113.9 dev b0 table 70000
ip route add blackhole 10.7.0.0/16 dev a0
ip -6 route add blackhole 2606:4700::1111 proto boot metric 1 table 104
ip rule del from 0.0.0.0/8 prohibit
ip -6 rule add to 2001:db8:99::/56 oif a1 priority 32000 lookup main
ip rule del from 0.0.0.0/8 prohibit
sysctl -w net.ipv4.conf.all.accept_local=0
ip route add 10.0.0.0/12 via 10.0.1.105 dev a0 table 105
ip rule add tos 0x14 fwmark 0x13 iif lo uidrange 1000-2000 from 0.0.0.0/8 lookup 103
ip route add unicast 9.9.0.0/16 via 10.0.2.2 metric 100 src 10.0.2.1
ip -6 route add 2001:db8:2::77 via 2001:db8:2::2 dev b0 table 105
ip rule add type local
ip rule add tos 0x0c lookup 108
ip route add 203.0.113.0/24 via 10.0.2.2 metric 100 table 108
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
