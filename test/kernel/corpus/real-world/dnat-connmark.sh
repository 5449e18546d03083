# problem 7: replies of DNAT'd containers never match from rules; fix with an fwmark rule
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add default via 10.0.1.254
ip route add table 2 default via 10.0.2.254
ip rule add pref 100 from 10.0.2.1 lookup 2
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 iif a0 from 10.0.1.77
ip rule add pref 99 fwmark 0x2 lookup 2
ip route get 8.8.8.8 iif a0 from 10.0.1.77 mark 0x2
ip rule show
