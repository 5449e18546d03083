# route protocols: names, numbers, display rules
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.50.0.0/16 dev a0 proto static
ip route add 10.51.0.0/16 dev a0 proto 99
ip route add 10.52.0.0/16 dev a0 proto boot
ip route add 10.53.0.0/16 dev a0 proto kernel
ip route add 10.54.0.0/16 dev a0 proto 200
ip route add 10.55.0.0/16 dev a0 protocol bird
ip route add 10.56.0.0/16 dev a0 proto nosuch
ip route show
ip -d route show
ip -j route show
