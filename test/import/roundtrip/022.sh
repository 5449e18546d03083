# random scenario seed=20261145 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch,multipath,link-changes
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
echo 103 isp2 >> /etc/iproute2/rt_tables
echo 105 t105 >> /etc/iproute2/rt_tables
echo 108 isp1 >> /etc/iproute2/rt_tables
ip -6 route add default via 2001:db8:1::254
ip route add 8.8.8.0/25 via 10.0.2.253 table isp1
ip -6 route add fd00::/16 via 2001:db8:2::fd dev b0 table t105
ip -6 route add 2606:4700::/64 dev a0 table 103 metric 100
ip route add 9.9.9.0/28 via 10.0.2.100 table main tos 0x18
ip -6 route add unreachable 2001::/16
ip -6 route add 2001:db8:aaaa::/48 via 2001:db8:2::66 dev b0 table 107 metric 1024
ip route del 8.8.8.0/25 table isp1
ip rule add from 10.0.3.0/24 order 32000 table 105
ip rule add not pref 200 from 10.0.3.0/24 nop
ip route add blackhole 8.8.0.0/20 table isp2
ip rule add not dport 443 iif a0 order 500 blackhole
ip -6 rule add pref 50 from 2001:db8:2::/48 iif a1 lookup 110
ip rule del not pref 200 from 10.0.3.0/24 nop
ip -6 route add prohibit 2001:db8:1::/96
ip rule add to 9.9.9.0/24 lookup main
ip route add throw 203.0.0.0/8 table local tos 0x14
ip route add default via 10.0.1.254 table 104
ip -6 route add 2a00::/16 via 2001:db8:1::66 metric 4294967295
ip rule add uidrange 1000-2000 iif b1 fwmark 0x10 lookup 103
ip route add 11.0.0.0/16 via 10.0.1.102 table 104 src 10.0.1.1
ip rule add dport 65535 lookup 100
ip rule show
ip route add 192.0.2.32/28 via 10.0.1.103 table 110
ip link set a1 down
ip link set a1 up
sysctl -w net.ipv4.conf.all.accept_local=0
ip route add prohibit 1.1.0.0/16 table 102
ip rule add not to 192.168.7.0/24 iif a0 from 10.0.3.0/24 pref 30 lookup 110
ip -6 route add throw 2606:4700::/32 metric 0
ip route add throw 8.8.8.8 metric 100 tos 0x10 table 100
ip rule add fwmark 0/0xff00 oif b0 iif lo dport 53 table main
ip rule add lookup 70000
ip link set a0 down
ip rule add from 10.0.0.0/8 iif lo order 1000 table local
ip route add 10.8.0.0/16 dev nosuch
ip route add unreachable 10.16.0.0/12 table 108
ip -6 rule add to 2606:4700::/48 from 2001:db8::/32 priority 100 lookup main
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
