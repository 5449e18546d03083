# 32-bit table ids
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add table 4000 default via 10.0.1.40
ip route add table 4294967295 default via 10.0.1.41
ip rule add pref 100 to 8.8.8.8 lookup 4000
ip rule add pref 101 to 9.9.9.9 lookup 4294967295
ip rule add pref 102 to 7.7.7.7 lookup 0x10000
ip rule show
ip -j rule show
ip route get 8.8.8.8
ip route get 9.9.9.9
ip route show table all
