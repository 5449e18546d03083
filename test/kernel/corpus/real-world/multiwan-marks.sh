# problem 9: mark tables without internal routes; fix with lookup main suppress_prefixlength 0
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
ip route add 192.168.50.0/24 via 10.0.2.50
ip route add table 10 default via 10.0.1.253
ip rule add pref 200 fwmark 0xa lookup 10
ip route get 192.168.50.7 mark 0xa
ip rule add pref 199 fwmark 0xa lookup main suppress_prefixlength 0
ip route get 192.168.50.7 mark 0xa
ip route get 8.8.8.8 mark 0xa
ip rule show
