# route scopes: explicit values, numbers, errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.42.0.0/16 dev a0 scope host
ip route add 10.43.0.0/16 dev a0 scope link
ip route add 10.44.0.0/16 dev a0 scope global
ip route add 10.45.0.0/16 dev a0 scope 200
ip route add 10.46.0.0/16 via 10.0.1.254 scope link
ip route add 10.47.0.0/16 dev a0 scope nowhere
ip route add 10.48.0.0/16 dev a0 scope bogus
ip route show
ip route get 10.42.0.1
ip route get 10.44.0.1
