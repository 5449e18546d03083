# problem 3: an exit node hides the LAN until a throw route is added to table 52
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip link add tailscale0 address 02:00:00:00:00:e0 type veth peer name tsp address 02:00:00:00:00:e1
ip link set tailscale0 up
ip link set tsp up
ip addr add 100.100.1.1/32 dev tailscale0
ip addr add 192.168.1.10/24 dev b0
ip route add default via 10.0.1.254
ip route add table 52 default dev tailscale0
ip route add table 52 100.64.0.0/10 dev tailscale0
ip rule add pref 5210 fwmark 0x80000/0xff0000 lookup main
ip rule add pref 5230 fwmark 0x80000/0xff0000 lookup default
ip rule add pref 5250 fwmark 0x80000/0xff0000 unreachable
ip rule add pref 5270 lookup 52
ip route get 192.168.1.20
ip route add table 52 throw 192.168.1.0/24
ip route get 192.168.1.20
ip route get 8.8.8.8
ip route show table 52
