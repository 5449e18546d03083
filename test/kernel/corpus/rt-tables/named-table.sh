# naming a table in rt_tables and using it everywhere
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 100 isp1 >> /etc/iproute2/rt_tables
ip route add table isp1 default via 10.0.2.254
ip rule add pref 100 from 10.0.2.1 lookup isp1
ip rule show
ip -j rule show
ip route show table isp1
ip route show table all
ip route get 8.8.8.8 from 10.0.2.1
ip -j route get 8.8.8.8 from 10.0.2.1
ip route get 8.8.8.8 from 10.0.2.1 fibmatch
