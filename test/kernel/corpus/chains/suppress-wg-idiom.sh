# the wg-quick idiom: main except its default route (E3)
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
ip route add 192.168.0.0/16 via 10.0.1.253
ip route add table 200 default via 10.0.2.254
ip rule add pref 100 lookup main suppress_prefixlength 0
ip rule add pref 200 lookup 200
ip route get 8.8.8.8
ip route get 192.168.1.1
ip route get 10.0.1.7
ip route get 10.0.1.1
