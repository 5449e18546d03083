# random scenario seed=20261159 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
ip addr add 10.0.1.100/24 dev a0
echo 100 t100 >> /etc/iproute2/rt_tables
echo 101 t101 >> /etc/iproute2/rt_tables
echo 103 vpn >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 106 mgmt >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip -6 route add 2001:db8:2::/48 dev c1 scope link table 109
ip route add 10.5.0.1/16 dev a0
ip route add 8.8.0.0/16 via 10.0.2.103 dev b0 table 107
ip -6 route add prohibit 2001:db8:99::/96 table 108
ip -6 rule add to 2001:db8:99::/48 from 2001:db8:1::/64 priority 30 lookup main
ip -6 rule add priority 100 lookup 102
ip rule add order 30 nop
ip route add 100.64.3.0/24 via 10.0.1.104 table 110
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip -6 route add local 2606:4700::1111 dev c0 table local
ip -6 rule add ipproto ipv6-icmp to 2001:db8:1::/48 lookup main suppress_prefixlength 32
ip -6 rule del pref 100
ip route add throw 5.5.5.5 proto kernel
ip -6 rule add to 2606:4700::/48 order 100 from fd00::/8 lookup main
ip -6 rule del pref 100
ip -6 route add 2001:db8:1::/48 via 2001:db8:3::65 table main metric 10 advmss 1200 pref low
ip -6 rule add from 2001:db8:2::/48 iif a1 table 110 suppress_prefixlength 16
ip rule show
ip route add throw 198.51.100.7 table 110
ip rule add pref 1000 uidrange 5-5 from 10.0.2.9 lookup local
ip -6 rule add order 100 sport 1500 type blackhole
ip -6 rule del pref 100
ip route add 5.5.0.0/20 via 10.0.3.254 dev c0 src 10.0.1.100
ip -6 route add 2001:db8:99::/64 via 2001:db8:3::fe table 109
ip route add 8.0.0.0/8 dev b0 tos 0x04 table t105 hoplimit 32
ip rule add lookup nosuchtable
ip -6 route add blackhole 2a00:1450::/64 metric 4294967295 table 110
ip rule add fwmark 0xzz lookup 100
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
