# random scenario seed=20261131 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.5.1/24 dev a0
echo 100 t100 >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
echo 106 t106 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add default via 10.0.1.102 table t100
ip -6 rule add from 2001:db8:2::9 fwmark 1 priority 200 lookup main
ip -6 rule add not order 32000 lookup 4000
ip -6 rule add pref 150 lookup 102
ip route add throw 10.0.0.0/12
ip rule add oif a0 dport 80-443 priority 32765 from 192.168.0.0/16 unreachable
ip rule add pref 32765 lookup 109
ip route add local 192.168.7.0/24 dev b1 table local
sysctl -w net.ipv4.conf.all.accept_local=1
sysctl -w net.ipv4.conf.b0.src_valid_mark=0
ip -6 route add 2001:db8:99::/96 dev b0 metric 4294967295 table default
ip route add 10.0.1.76/30 via 10.0.2.253 table 107
ip rule add priority 32765 dport 53 iif b0 prohibit
ip route flush table 100
ip -6 rule del pref 32000
ip rule del pref 32765
ip rule add from 10.0.2.9 pref 300 iif a0 lookup default
ip route add 100.64.0.0/16 via 10.0.1.100 dev a0 table 104 metric 100 tos 0x14
ip -6 rule add tos 0x20 sport 1500 order 32765 lookup 104 suppress_prefixlength 32
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j route show table all
