# route metrics such as mtu, advmss, window
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.101.0.0/16 via 10.0.1.254 mtu 1400
ip route add 10.102.0.0/16 via 10.0.1.254 mtu lock 1300 advmss 1200
ip route add 10.103.0.0/16 via 10.0.1.254 window 1000 hoplimit 5
ip route show
ip route get 10.101.0.1
ip -j route show
