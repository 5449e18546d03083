# IPv6 forwarding joins the subnet-router anycast address of every prefix
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 2001:db8:1::1/64 dev a0
ip addr add 2001:db8:1::2/64 dev a0
ip addr add 2001:db8:9::1/128 dev a0
sysctl -w net.ipv6.conf.all.forwarding=1
ip -6 route show table local
ip addr add 2001:db8:2::1/64 dev b0
ip addr del 2001:db8:1::1/64 dev a0
ip -6 route show table local
ip addr del 2001:db8:1::2/64 dev a0
ip -6 route show table local
sysctl -w net.ipv6.conf.b1.forwarding=0
ip -6 route show table local
ip link set b0 down
ip link set b0 up
ip -6 route show table local
sysctl -w net.ipv6.conf.all.forwarding=0
ip -6 route show table local
