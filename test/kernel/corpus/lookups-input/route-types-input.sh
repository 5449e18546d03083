# route types at input with forwarding on (E23)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add anycast 10.16.0.0/16 dev a0
ip route add broadcast 10.17.0.0/16 dev a0
ip route add multicast 10.18.0.0/16 dev a0
ip route add local 10.19.0.0/16 dev a0
ip route add throw 10.20.0.0/16
sysctl -w net.ipv4.ip_forward=1
ip route get 10.16.0.1 iif a0 from 10.0.1.9
ip route get 10.17.0.1 iif a0 from 10.0.1.9
ip route get 10.18.0.1 iif a0 from 10.0.1.9
ip route get 10.19.0.1 iif a0 from 10.0.1.9
ip route get 10.20.0.1 iif a0 from 10.0.1.9
