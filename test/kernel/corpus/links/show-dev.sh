# ip link show DEV, missing devices
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip link show a0
ip link show dev a1
ip link show nosuch
ip -j link show a0
ip link show up
