# names for ids above 255
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 1000 big >> /etc/iproute2/rt_tables
echo 4294967295 huge >> /etc/iproute2/rt_tables
ip route add table big default via 10.0.1.100
ip route add table huge default via 10.0.1.101
ip rule add pref 100 fwmark 1 lookup big
ip rule add pref 101 fwmark 2 lookup 4294967295
ip rule show
ip route show table all
ip route get 8.8.8.8 mark 2
