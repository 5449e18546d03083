# bridge carrier follows its ports; secondary promotion; labels follow a rename
ip link set lo up
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set br0 up
ip link show br0
ip link set a1 master br0
ip link show
ip link set a1 up
ip link set a0 up
ip link show
ip addr show dev br0
ip link show master br0
ip -j link show a1
ip link set a1 nomaster
ip link show br0
ip link del br0
ip link show
sysctl -w net.ipv4.conf.all.promote_secondaries=1
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.9.1/24 dev a0 label a0:nine
ip addr add 10.0.1.2/24 dev a0
ip addr add 10.0.1.3/24 dev a0
ip addr add 10.0.9.2/24 dev a0
ip -4 addr show dev a0
ip addr del 10.0.1.1/24 dev a0
ip -4 addr show dev a0
ip route show table local
ip link set a0 name c0
ip -4 addr show dev c0
ip addr del 10.0.9.1/24 dev c0
ip -4 addr show dev c0
ip route show table all
ip addr flush dev c0 primary
ip -4 addr show dev c0
ip link set lo down
ip addr show dev lo
ip link set lo up
ip route show table local
ip -6 route show table local
