# route TOS: higher TOS first, exact three-bit match, CS1 never matches (3.2, E18)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 9.9.0.0/16 via 10.0.1.100
ip route add 9.9.0.0/16 tos 0x10 via 10.0.1.110
ip route add 9.9.0.0/16 tos 0x08 via 10.0.1.108
ip route add 9.9.0.0/16 tos 0x20 via 10.0.1.120
ip route show
ip route get 9.9.9.9
ip route get 9.9.9.9 tos 0x10
ip route get 9.9.9.9 tos 0x30
ip route get 9.9.9.9 tos 0x08
ip route get 9.9.9.9 tos 0x20
ip route get 9.9.9.9 tos 0x10 fibmatch
ip -j route get 9.9.9.9 tos 0x10
