# Packet classes of an IPv6 rule set: from rules never match unbound output lookups, not from
# does; error routes; fwmark and oif rules; a goto.
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip -6 addr add 2001:db8:1::1/64 dev a0 nodad
ip -6 addr add 2001:db8:2::1/64 dev b0 nodad
ip -6 route add default via 2001:db8:1::254
ip -6 route add table 100 default via 2001:db8:2::254
ip -6 route add table 100 prohibit 2001:db8:dead::/48
ip -6 route add table 101 2001:db8:99::/48 via 2001:db8:2::99
ip -6 route add table 101 throw 2001:db8:98::/48
ip -6 rule add pref 100 from 2001:db8:5::/48 lookup 100
ip -6 rule add pref 110 not from 2001:db8:6::/48 fwmark 0x7 lookup 100
ip -6 rule add pref 120 oif b0 lookup 100
ip -6 rule add pref 130 to 2001:db8:98::/47 lookup 101
ip -6 rule add pref 140 to 2001:db8:97::/48 goto 200
ip -6 rule add pref 150 to 2001:db8:96::/47 unreachable
ip -6 rule add pref 200 ipproto tcp lookup 100
