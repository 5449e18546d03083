# deleting the primary removes secondaries unless promote_secondaries
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.1.2/24 dev a0
ip addr del 10.0.1.1/24 dev a0
ip addr show dev a0
ip route show table all
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.1.2/24 dev a0
sysctl -w net.ipv4.conf.a0.promote_secondaries=1
ip addr del 10.0.1.1/24 dev a0
ip addr show dev a0
ip -4 route show table all
