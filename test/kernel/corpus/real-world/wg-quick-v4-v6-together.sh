# wg-quick brings up both families; rule lists side by side
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
ip -4 route add 0.0.0.0/0 dev wg0 table 51820
ip -4 rule add not fwmark 51820 table 51820
ip -4 rule add table main suppress_prefixlength 0
ip -6 route add ::/0 dev wg0 table 51820
ip -6 rule add not fwmark 51820 table 51820
ip -6 rule add table main suppress_prefixlength 0
ip rule show
ip -6 rule show
ip route show table all
ip route get 1.1.1.1
ip -6 route get 2606:4700::1111
