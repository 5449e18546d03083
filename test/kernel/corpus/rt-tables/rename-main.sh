# a second name for an existing id: which name is printed
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 254 primary >> /etc/iproute2/rt_tables
echo 101 first >> /etc/iproute2/rt_tables
echo 101 second >> /etc/iproute2/rt_tables
ip rule add pref 100 lookup second
ip rule add pref 101 lookup primary
ip rule show
ip route add table second default via 10.0.1.101
ip route show table all
