# per-user VPN: uidrange to a tunnel table with an unreachable kill switch
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip link add tun0 address 02:00:00:00:00:f2 type veth peer name tunp address 02:00:00:00:00:f3
ip link set tun0 up
ip link set tunp up
ip addr add 10.8.0.2/24 dev tun0
ip route add default via 10.0.1.254
ip route add table 300 default via 10.8.0.1
ip rule add pref 100 uidrange 1000-1000 lookup 300
ip rule add pref 101 uidrange 1000-1000 unreachable
ip route get 8.8.8.8 uid 1000
ip route get 8.8.8.8 uid 1001
ip link set tun0 down
ip route get 8.8.8.8 uid 1000
