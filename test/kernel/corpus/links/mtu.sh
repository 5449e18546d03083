# mtu changes and limits
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip link set a0 mtu 1400
ip link set a0 mtu 68
ip link set a0 mtu 67
ip link set a0 mtu 70000
ip link show
ip route get 10.0.1.7
