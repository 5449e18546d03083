# address scope and label
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.17.1/24 dev a0 scope link
ip addr add 10.0.18.1/24 dev a0 scope host
ip addr add 10.0.19.1/24 dev a0 label a0:x
ip addr show dev a0
ip -4 route show table all
ip route get 10.0.17.9
