# problem 6: dual-ISP source rules break Docker replies until to 172.17.0.0/16 lookup main
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip link add docker0 address 02:00:00:00:02:00 type bridge
ip link add vethd address 02:00:00:00:02:01 type veth peer name vethc address 02:00:00:00:02:02
ip link set vethd master docker0
ip link set vethd up
ip link set vethc up
ip link set docker0 up
ip addr add 172.17.0.1/16 dev docker0
ip route add default via 10.0.1.254
ip route add table 2 default via 10.0.2.254
ip rule add pref 100 from 10.0.2.1 lookup 2
ip route get 172.17.0.2 from 10.0.2.1
ip rule add to 172.17.0.0/16 lookup main pref 50
ip route get 172.17.0.2 from 10.0.2.1
ip rule show
