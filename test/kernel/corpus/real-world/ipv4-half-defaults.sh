# the IPv4 0/1 + 128/1 trick (OpenVPN def1) against suppress_prefixlength
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add default via 10.0.1.254
ip route add 0.0.0.0/1 via 10.0.2.254
ip route add 128.0.0.0/1 via 10.0.2.254
ip route add table 200 default via 10.0.1.200
ip rule add pref 100 lookup main suppress_prefixlength 0
ip rule add pref 200 lookup 200
ip route get 8.8.8.8
ip route get 200.1.1.1
ip rule add pref 99 lookup main suppress_prefixlength 1
ip route get 8.8.8.8
