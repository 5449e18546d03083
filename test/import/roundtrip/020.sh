# random scenario seed=20261143 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 105 t105 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip -6 route add default via 2001:db8:1::65 src 2001:db8:1::1 proto 99
ip rule add not order 5 fwmark 0x100 ipproto tcp lookup 102
ip route add default via 10.0.2.254 dev b0 table 107
ip -6 route add prohibit 2001:db8:aaaa::/48 table 100
ip route add 10.0.2.77 via 10.0.2.104 table default
ip -6 route add unicast default via 2001:db8:2::66 pref high src 2001:db8:1::1 proto 99
ip rule add from 10.0.0.0/8 lookup 110
ip -6 route add fd00:1::/56 via 2001:db8:2::2 dev b0 table 102
ip route add 1.1.1.0/28 via 10.0.1.254 dev a0 table 104
ip -6 rule add pref 100 sport 53 lookup default
ip link set a1 down
ip link set a1 up
ip rule del from 10.0.0.0/8 lookup 110
ip route add anycast 10.0.0.0/16 dev b0 tos 0x08 table 107
ip -6 route add 2001:db8:aaaa:bbbb::1 dev b0 mtu lock 1300 table 102
ip rule add priority 20 from 10.0.2.9 uidrange 1000-2000 lookup main
ip route add 100.64.3.0/24 dev a1 mtu 1400 metric 7
ip rule add lookup 101
ip route flush table 109
ip rule add pref 150 to 5.5.0.0/16 lookup main
ip route add default dev a0 tos 0x1c table 104
ip route add throw default table 103
ip route add default via 10.0.2.100 advmss 1200 table 107
ip route add blackhole 10.20.30.40 proto static table main
ip route add blackhole 172.16.5.0/28
ip -6 rule add dport 53 tos 0x20 priority 100 iif a0 lookup main
ip rule add fwmark 0x7/0 lookup 105 suppress_prefixlength 8
ip rule add fwmark 0xff/0xff lookup 109
ip -6 rule add priority 5000 iif a0 table 100
ip route add 9.0.0.0/8 dev b0 table main advmss 1200
ip -6 route add 2001:db8:2::77 dev a1 table 103 scope link src 2001:db8:1::1
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
