# creating a veth pair and showing it
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link show
ip link set a0 up
ip link show
ip link set a1 up
ip link show
ip -j link show
