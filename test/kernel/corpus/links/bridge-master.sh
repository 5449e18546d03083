# a bridge with a veth port; addresses on the bridge
ip link set lo up
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 master br0
ip link set a0 up
ip link set a1 up
ip link set br0 up
ip addr add 10.0.5.1/24 dev br0
ip link show
ip link show master br0
ip route show table all
ip route get 10.0.5.9
