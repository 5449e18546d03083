# removing a port from the bridge
ip link set lo up
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 master br0
ip link set a0 nomaster
ip link set br0 up
ip link show
ip link set a0 master nosuch
