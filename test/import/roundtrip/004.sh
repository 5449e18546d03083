# random scenario seed=20261127 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 100 vpn >> /etc/iproute2/rt_tables
echo 102 t102 >> /etc/iproute2/rt_tables
echo 105 guest >> /etc/iproute2/rt_tables
echo 107 t107 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add local 10.77.0.5 dev b1 metric 1 table t102
ip rule add from 10.0.1.1 order 32000 ipproto tcp prohibit
ip rule add lookup 104 suppress_prefixlength 128
ip route add throw 8.0.0.0/8
ip rule del from 10.0.1.1 order 32000 ipproto tcp prohibit
ip -6 route add unreachable fd00:1::/56 table 100
ip rule del lookup 104 suppress_prefixlength 128
ip rule add not from 10.0.2.9 iif lo dport 53 pref 5 to 1.1.1.1 prohibit
ip route add 10.6.0.0/16 via 10.0.1.7 dev b0
ip rule add priority 100 oif a1 unreachable
ip rule add pref 100 lookup 100
ip rule add from 10.0.2.0/24 to 11.0.0.0/8 lookup 106
ip -6 route add fd00::/16 dev a0 proto boot scope link
ip rule add not pref 20 to 100.64.3.0/28 oif a0 from 192.168.0.0/16 table main suppress_prefixlength 24
ip route add unicast 198.51.100.4/30 via 10.0.2.104 dev b0
ip rule add to 9.0.0.0/8 oif a0 nop
ip -6 route add fd00:1::5 via 2001:db8:1::66
sysctl -w net.ipv4.ip_forward=0 net.ipv4.ip_forward=1
ip route add 192.0.0.0/12 dev b0 metric 1024 table 1000
ip -6 rule add to 2606:4700::/64 table main
ip -6 rule add from ::/8 pref 5000 oif a1 sport 1500 lookup 4000
ip route add 10.6.0.0/16 via 10.0.2.7 dev a0
ip route add 11.0.0.0/20 via 10.0.2.102 table 103
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
