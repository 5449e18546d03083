# sport/dport single values and ranges (E10)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add table 101 default via 10.0.1.101
ip route add table 102 default via 10.0.1.102
ip route add table 103 default via 10.0.1.103
ip route add table 104 default via 10.0.1.104
ip route add table 105 default via 10.0.1.105
ip route add default via 10.0.1.254
ip rule add pref 101 ipproto tcp dport 80 lookup 102
ip rule add pref 102 ipproto udp sport 1000-2000 lookup 103
ip rule add pref 103 dport 53 lookup 104
ip rule show
ip route get 8.8.8.8 sport 1500
ip route get 8.8.8.8 sport 2001
ip route get 8.8.8.8 dport 80
ip route get 8.8.8.8 ipproto tcp dport 80
ip route get 8.8.8.8 dport 53
ip route get 8.8.8.8 ipproto tcp dport 53
ip route get 8.8.8.8
ip -j rule show
