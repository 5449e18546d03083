# random scenario seed=20261124 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 102 guest >> /etc/iproute2/rt_tables
echo 104 isp1 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip rule add to 11.0.0.0/8 iif b0 pref 500 lookup 1000
ip rule del pref 500
ip -6 route add unreachable 2001:db8::/32 table 103
ip -6 rule add nop
ip rule add fwmark 0x1 pref 5 goto 500
sysctl -w net.ipv4.ip_forward=0 net.ipv6.conf.all.forwarding=1
ip route add unreachable 192.0.0.0/8 tos 0x0c proto static
ip -6 route add local 2001:db8::/32 dev b0 table local
ip rule add to 8.8.0.0/16 lookup local
ip route add blackhole 192.168.0.0/16 table 109 tos 0x0c
ip rule add order 5000 oif c0 sport 1000-2000 lookup 103
ip route add default via 10.0.3.253 dev c0 table 101
ip route add throw 100.64.0.0/16 metric 1024 table 106
ip -6 route add unreachable fd00:1::/96 table guest
ip rule add ipproto icmp from 10.0.3.0/24 pref 5000 lookup 109
ip rule del pref 500
ip route add local 203.0.113.9 dev a0 tos 0x18 table local metric 1024
ip route add 192.0.2.0/24 via 10.0.2.2 table isp1
ip -6 rule add to 2606:4700::/48 from 2001:db8::/32 sport 1500 lookup main
ip route add 10.20.30.40 via 10.0.2.104 table 107 proto kernel
ip route add blackhole 10.7.0.0/16 dev a0
ip rule add fwmark 0x1 priority 50 nop
ip route add blackhole 10.20.0.0/16 table 105
ip -6 rule add to 2001:db8:1::/64 from fd00::/8 lookup main
ip rule add dport 53 ipproto udp order 100 to 5.0.0.0/8 sport 1500 lookup isp1 suppress_ifgroup 0
ip rule add priority 20 goto 200
sysctl -w net.ipv4.conf.b0.forwarding=0
ip -6 rule add to 2001:db8:2::/64 lookup default
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
