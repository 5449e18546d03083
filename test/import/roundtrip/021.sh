# random scenario seed=20261144 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.9.1/32 dev lo
echo 100 isp1 >> /etc/iproute2/rt_tables
echo 103 isp2 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip route add blackhole 192.168.7.0/30 table main
ip rule add not oif b0 lookup isp2
ip route add local 100.64.0.0/12 dev a0 table local
ip route add 8.8.0.0/20 via 10.0.3.104 table isp1
ip rule add oif c1 pref 10 to 11.0.0.0/24 lookup 108
ip route add blackhole 10.0.0.0/20 table local
ip -6 rule add from 2001:db8::/32 type prohibit
ip rule add order 10 lookup 110
ip -6 route add prohibit 2001::/16
ip -6 route add default via 2001:db8:2::fd table isp1
ip rule del oif c1 pref 10 to 11.0.0.0/24 lookup 108
ip route add 172.0.0.0/8 via 10.0.2.103 table main
ip -6 route add blackhole 2001:4860:4860::/64 pref medium table 104 metric 1024
ip rule add not pref 1001 from 10.0.1.0/24 uidrange 0-0 oif c0 table 100
ip rule add from 10.0.1.1 priority 5000 fwmark 0x13 iif b1 lookup 109
ip -6 route add throw 2001:db8:99::/48 table 102
ip -6 rule add from 2001:db8:2::9 pref 30 oif a1 prohibit
ip route add unreachable 8.8.8.0/24 table local tos 0x08
ip rule add oif c0 from 10.0.2.0/24 lookup default
ip route add unreachable 10.0.0.0/12 table t104
ip route add local 192.168.7.0/28 dev c0
ip route del blackhole 192.168.7.0/30
ip route add 5.5.5.0/24 via 10.0.3.254
ip -6 rule add order 500 table main
ip -6 route del throw 2001:db8:99::/48 table 102
ip rule add pref 100 oif c1 fwmark 7 from 10.0.1.0/24 tos 0x1c iif b0 lookup main
ip route add 11.0.0.0/8 via 10.0.2.100 src 10.0.2.1 metric 10
ip route show
ip -6 route add 2001:db8:2::/48 via 2001:db8:3::64
ip rule del pref 100 oif c1 fwmark 7 from 10.0.1.0/24 tos 0x1c iif b0 lookup main
ip route add throw 11.0.0.0/24 tos 0x1c table isp1
ip -6 route add throw default metric 10
ip rule add priority 32765 fwmark 0x1 from 10.0.0.0/8 table t104
sysctl -w net.ipv4.ip_forward=1
ip route add prohibit 11.0.0.0/28 table 103
ip -6 rule add priority 5000 nop
ip rule add pref 50 goto 40
ip rule add priority 5 to 172.16.5.0/25 from 10.0.2.0/24 table 102
ip route add blackhole 10.20.30.40 table default
ip -6 route add 2001:db8:2::/48 via 2001:db8:1::68 dev a0 metric 1 proto boot table t104 src 2001:db8:2::1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
