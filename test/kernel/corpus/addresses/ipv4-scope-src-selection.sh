# link-scope addresses are skipped for global routes (4.2)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.40.1/24 dev a0 scope link
ip route add default via 10.0.1.254
ip route add 10.41.0.0/16 dev a0 scope link
ip route get 8.8.8.8
ip route get 10.41.0.1
ip addr show dev a0
