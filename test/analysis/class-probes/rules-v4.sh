# Packet classes of an IPv4 rule set with every kind of walk step: goto, nop, not, fwmark masks,
# tos, uidrange, ipproto and ports, suppress_prefixlength, a throw route and error actions.
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
sysctl -w net.ipv4.ip_forward=1
ip route add default via 10.0.1.254
ip route add 192.168.0.0/16 via 10.0.1.253
ip route add table 100 default via 10.0.2.254
ip route add table 100 throw 172.16.0.0/12
ip route add table 101 10.9.0.0/16 via 10.0.2.9
ip route add table 101 unreachable 10.8.0.0/16
ip route add table 102 default via 10.0.1.102
ip route add table 103 default via 10.0.2.103
ip rule add pref 50 to 10.7.0.0/16 goto 300
ip rule add pref 60 fwmark 0x10/0xf0 lookup 102
ip rule add pref 70 not fwmark 0/0xff00 lookup 103
ip rule add pref 80 tos 0x10 lookup 102
ip rule add pref 90 uidrange 1000-1999 lookup 100
ip rule add pref 100 ipproto tcp dport 25 prohibit
ip rule add pref 110 sport 1000-2000 lookup 101
ip rule add pref 120 to 10.8.0.0/15 lookup 101
ip rule add pref 130 from 10.0.2.0/24 nop
ip rule add pref 140 lookup main suppress_prefixlength 0
ip rule add pref 150 to 172.16.0.0/12 lookup 100
ip rule add pref 160 iif a0 to 172.16.0.0/12 blackhole
ip rule add pref 300 lookup 103
