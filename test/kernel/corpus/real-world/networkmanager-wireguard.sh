# NetworkManager WireGuard: suppress rule at P and not fwmark at P+1
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip link add wg0 address 02:00:00:00:00:d0 type veth peer name wgp address 02:00:00:00:00:d1
ip link set wg0 up
ip link set wgp up
ip addr add 10.70.0.2/32 dev wg0
ip route add default via 10.0.1.254
ip route add table 51000 default dev wg0
ip rule add pref 31000 lookup main suppress_prefixlength 0
ip rule add pref 31001 not fwmark 51000 lookup 51000
ip rule show
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 51000
ip route get 10.0.2.9
