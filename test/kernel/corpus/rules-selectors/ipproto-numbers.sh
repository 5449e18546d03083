# ipproto by number and by name from /etc/protocols
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 100 ipproto 6 lookup 101
ip rule add pref 101 ipproto 17 lookup 101
ip rule add pref 102 ipproto 47 lookup 101
ip rule add pref 103 ipproto ospf lookup 101
ip rule add pref 104 ipproto 250 lookup 101
ip rule show
ip -j rule show
