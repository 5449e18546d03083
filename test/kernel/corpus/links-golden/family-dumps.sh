# which links and which link attributes each address family's listing shows
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link set a0 up
ip link set a1 master br0
ip link set a1 up
ip link set br0 up
ip addr add 10.1.1.1/24 dev a0
ip -6 addr show
ip -6 addr show scope link
ip -j -6 addr show
ip -d -6 addr show dev a0
ip -6 addr show dev a1
ip addr show scope link
ip -4 addr show scope global
ip addr show to 10.1.1.0/24
ip addr show permanent
ip addr show up
ip addr show label a0
ip -4 addr show label a0
ip addr show master br0
ip addr show type veth
ip addr show type bridge_slave
ip -6 link show
ip -4 link show dev a0
