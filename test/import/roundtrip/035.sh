# random scenario seed=20261158 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
echo 108 t108 >> /etc/iproute2/rt_tables
echo 109 t109 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
sysctl -w net.ipv4.ip_forward=1
ip route add default via 10.0.1.102 dev a0 metric 0 table t101
ip rule add ipproto udp pref 20 lookup 4000
ip -6 route add default via 2001:db8:1::69 dev a0 table 105 metric 1024
ip rule add not priority 200 from 10.0.0.0/8 unreachable
ip -6 rule add not order 300 tos 0x40 table 70000
ip -6 route add 2001:db8:2::/48 dev c1 table t109 metric 100 src 2001:db8:2::1
ip -6 route add fd00:1::5 via 2001:db8:2::68 dev b0 table 70000
ip route add 9.9.0.0/16 via 10.0.2.101 tos 0x1c
ip rule add uidrange 5-5 to 192.0.0.0/20 iif lo nop
ip rule add priority 100 from 10.0.1.0/24 lookup 107 suppress_prefixlength 8
ip rule add to 5.5.5.4/30 priority 500 lookup 102
ip -6 route add local 2001:db8::/32 dev b0 table 104 proto static
ip rule add pref 10 from 10.0.2.0/24 goto 500
ip route add throw 5.5.5.5
ip rule add sport 0 lookup 100
ip route add 10.20.30.40 dev b0 table 105 tos 0x08
ip route add 8.8.8.0/28 via 10.0.3.253 table t100
ip route add 10.0.1.0/25 via 10.0.2.102 table 104 tos 0x10
ip rule add priority 200 lookup 70000
sysctl -w net.ipv6.conf.all.forwarding=1
ip rule del not priority 200 from 10.0.0.0/8 unreachable
ip -6 route add prohibit 2001:db8:2::/64 table 110
ip rule del pref 100
ip rule add from 10.0.2.0/24 fwmark 0/0xff00 iif c0 sport 1500 pref 200 blackhole
ip rule add ipproto udp pref 30 from 10.0.2.0/24 unreachable
ip route add 8.0.0.0/12 via 10.0.1.253 dev a0 table 103
ip -6 route add blackhole 2a00:1450::200e table 100
ip rule show
ip rule add not uidrange 0-0 tos 0x1c from 10.0.1.1 pref 200 lookup 105
ip rule add order 5 uidrange 1000-2000 lookup 1000
ip -6 route add throw 2001::/16
ip -6 rule add to default lookup 106
ip rule add type local
ip -6 rule add pref 1001 lookup 105
ip route show table all
ip rule add sport 1-1024 to 10.0.2.77 uidrange 1000-2000 order 100 goto 500
ip route add unreachable 1.0.0.0/8
ip -6 route add blackhole 2001::/16 table 101
ip route add 192.0.0.0/8 via 10.0.1.2 table t100
ip -6 route add 2001:db8:1::/56 via 2001:db8:3::68 dev c0 table 110
ip rule add not order 1000 lookup 104
ip route add 10.20.30.40 dev c0 table main metric 4294967295
ip route add 10.0.0.0/8 dev a0 table t109 scope link
ip -6 route add default via 2001:db8:1::67 dev a0 mtu lock 1300 metric 10 table 102
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
