# ip route show filters
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 10.90.0.0/16 via 10.0.1.254 proto static
ip route add 10.90.1.0/24 via 10.0.2.254
ip route add 10.91.0.0/16 dev b0 scope link metric 9
ip route add unreachable 10.92.0.0/16
ip route show dev b0
ip route show via 10.0.1.254
ip route show proto static
ip route show proto kernel
ip route show scope link
ip route show type unreachable
ip route show root 10.90.0.0/16
ip route show match 10.90.1.5
ip route show exact 10.90.0.0/16
ip route show 10.90.0.0/16
ip route show metric 9
ip route show src 10.0.1.1
ip route list table main
