# Mullvad: both rules without priority (auto)
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
ip addr add 10.64.0.2/32 dev wg0
ip route add default via 10.0.1.254
ip route add table 1836018789 default dev wg0
ip rule add not fwmark 0x6d6f6c65 lookup 1836018789
ip rule add lookup main suppress_prefixlength 0
ip rule show
ip -j rule show
ip route get 1.1.1.1
ip route get 1.1.1.1 mark 0x6d6f6c65
ip route get 10.0.1.7
