# net.ipv6.conf.*.keep_addr_on_down keeps global IPv6 addresses across down/up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
sysctl -w net.ipv6.conf.a0.keep_addr_on_down=1
ip link set a0 up
ip link set a1 up
ip addr add 2001:db8:1::1/64 dev a0
ip addr add 2001:db8:2::1/64 dev a0 nodad
ip link set a0 down
ip addr show dev a0
ip -6 route show table all
ip link set a0 up
ip addr show dev a0
ip -6 route show table all
