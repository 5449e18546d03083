# values the kernel refuses
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
sysctl -w net.ipv4.conf.all.rp_filter=3
sysctl -w net.ipv4.conf.all.rp_filter=-1
sysctl -w net.ipv4.conf.all.rp_filter=x
sysctl -w net.ipv4.ip_forward=abc
sysctl -w net.ipv4.fib_multipath_hash_policy=9
sysctl -w net.ipv4.ip_forward=
