# problem 8: SSH to a VPS breaks after wg-quick until a from rule is added after it
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip link add wg0 address 02:00:00:00:00:d0 type veth peer name wgp address 02:00:00:00:00:d1
ip link set wg0 up
ip link set wgp up
ip addr add 10.66.0.2/32 dev wg0
ip addr add fd66::2/128 dev wg0 nodad
ip route add default via 10.0.1.254
ip route add 0.0.0.0/0 dev wg0 table 51820
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
ip route add table 200 default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route get 203.0.113.5 from 10.0.1.1
ip rule add from 10.0.1.1 lookup 200
ip rule show
ip route get 203.0.113.5 from 10.0.1.1
ip route get 203.0.113.5
