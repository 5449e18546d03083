# device groups: set, show and act on a whole group
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 group 7 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 group 7
ip link show group 7
ip link set group 7 up
ip link show
ip link set group 7 mtu 1400
ip link show group 7
ip link add c0 group 7 type veth peer name c1
ip link set group 99 up
ip link delete group 99
ip link delete group 7
ip link show
ip link set group 0 down
ip link delete group 0
ip link show
