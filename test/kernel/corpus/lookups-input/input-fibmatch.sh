# fibmatch for forwarded lookups
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add default via 10.0.1.254
ip route add table 100 default via 10.0.2.254
ip rule add pref 100 iif a0 lookup 100
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 iif a0 from 10.0.1.9 fibmatch
ip route get 8.8.8.8 iif b0 from 10.0.2.9 fibmatch
