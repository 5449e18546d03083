# IPv6 forwarding switched on while a device has no carrier: the anycast routes it adds carry no linkdown flag
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip link set a1 down
sysctl -w net.ipv6.conf.all.forwarding=1
ip -6 route show table local
ip -6 route show table local dev a0
ip -6 route show table all
