# named tables in ip route show -d and get
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 150 vpn >> /etc/iproute2/rt_tables
ip route add table vpn 8.8.0.0/16 via 10.0.2.254
ip rule add pref 100 lookup vpn
ip -d route show table vpn
ip route get 8.8.8.8
ip -d route get 8.8.8.8
ip route show table vpn 8.8.0.0/16
ip route flush table vpn
ip route show table all
