# random scenario seed=20261151 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 101 t101 >> /etc/iproute2/rt_tables
echo 103 isp2 >> /etc/iproute2/rt_tables
echo 104 t104 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add ipproto tcp priority 1000 lookup 106
ip route add blackhole 11.0.0.0/12 tos 0x18 metric 4294967295 table t105
ip route add unicast 10.20.0.0/16 nexthop via 10.0.3.102 weight 2 nexthop via 10.0.2.101 table 100
ip -6 route add default via 2001:db8:3::66 table 106
ip route add 8.8.8.8 nexthop via 10.0.1.2 weight 2 nexthop via 10.0.3.105 table 107 tos 0x04
ip -6 rule add fwmark 0xff/0xff priority 200 lookup main
ip route add prohibit 10.0.1.76/30 proto kernel table 103
ip rule add from 10.0.1.1 to 11.0.0.0/16 table main
ip rule add iif a0 lookup
ip rule add pref 1000 iif a0 lookup main suppress_ifgroup 5
ip -6 route add unreachable fd00:1::/64 table main
ip -6 rule add from 2001:db8::/32 pref 200 lookup 102
ip route add 100.64.3.3 via 10.0.2.101 dev b0 table 102
ip rule del pref 1000
ip route add 10.0.0.0/8 via 10.0.3.103 metric 10
ip rule del pref 1000
sysctl -w net.ipv4.ip_forward=0
ip -6 rule add tos 0x10 blackhole
ip route add local 8.8.8.0/24 dev b1 metric 200 table local tos 0x04
ip rule add iif b1 pref 300 uidrange 1-4294967294 from 10.0.1.0/24 lookup default
ip route add 172.16.5.0/24 dev c0
ip route add throw 11.0.0.0/24 tos 0x1c table 100
ip -6 rule add not to fd00:1::5 lookup t105
ip route add 10.0.2.0/24 via 10.0.2.104
ip rule add from 192.168.0.0/16 order 1001 fwmark 0xff/0xff lookup main
sysctl -w net.ipv4.conf.b1.forwarding=0
ip rule add dport 443 ipproto udp order 150 table 107 suppress_prefixlength 24
ip route add 1.0.0.0/8 via 10.0.2.103 table 1000
ip route add 5.5.5.0/25 via 10.0.1.100 dev a0 src 10.0.1.1 metric 4294967295 table 110
ip -6 route add 2001:db8:99::/96 via 2001:db8:2::64 table isp2 proto dhcp
ip route del 1.0.0.0/8 table 1000
ip rule add pref 150 to 9.9.9.0/25 lookup main suppress_prefixlength 32
ip route show
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
