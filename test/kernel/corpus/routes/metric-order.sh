# same prefix, different metrics: lower metric first
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.40.0.0/16 via 10.0.1.250 metric 200
ip route add 10.40.0.0/16 via 10.0.2.250 metric 100
ip route add 10.40.0.0/16 via 10.0.1.251
ip route show
ip route get 10.40.0.1
ip route del 10.40.0.0/16 metric 0
ip route get 10.40.0.1
ip route del 10.40.0.0/16
ip route show
