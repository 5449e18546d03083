# a bridge without ports has no carrier
ip link set lo up
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link set br0 up
ip addr add 10.0.6.1/24 dev br0
ip link show br0
ip route show
ip route get 10.0.6.9
