# IPv6 route get of a multicast destination arriving on a device: rt6_fill_node's ip6mr_get_route fails without a multicast router (Message too long)
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip -6 addr add 2001:db8:1::1/64 dev a0 nodad
ip -6 route get ff02::1 iif a0
ip -6 route get fibmatch ff02::1 iif a0
ip -6 route get ff0e::5 iif a0 from 2001:db8:1::9
ip -6 route get ff02::1 oif a0
ip -6 route add ff0e::/16 dev a0 table 100
ip -6 route add default dev a0 table 100
ip -6 rule add pref 10 lookup 100
ip -6 route get ff0e::5 iif a0
ip -6 route get ff0f::5 iif a0
ip -6 route get fibmatch ff0f::5 iif a0
ip -6 rule add pref 5 to 2001:db8:9::/48 prohibit
ip -6 route get 2001:db8:9::1 iif a0
ip -6 route add unreachable ff07::/16 table local
ip -6 route get ff07::1 iif a0
ip -6 route add throw ff08::/16 table local
ip -6 route get ff08::1 iif a0
ip -6 rule add pref 5 to ff09::/16 unreachable
ip -6 route get ff09::1 iif a0
ip -6 rule add pref 6 to ff0a::/16 blackhole
ip -6 route get ff0a::1 iif a0
ip -6 route get ff0a::1 iif a0 fibmatch
ip -6 route del multicast ff00::/8 dev a0 table local
ip -6 route get ff02::1 iif a0
ip -6 route get ff02::1 iif a1
ip link set a1 down
ip -6 route get ff02::1 iif a1
ip -6 rule add pref 4 iif a1 prohibit
ip -6 route get ff02::1 iif a0
