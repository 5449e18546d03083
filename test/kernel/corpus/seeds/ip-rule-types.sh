# ip-rule(8): rule types unicast, blackhole, unreachable, prohibit, nat
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 100 to 1.0.0.1 type unicast table main
ip rule add pref 101 to 1.0.0.2 type blackhole
ip rule add pref 102 to 1.0.0.3 type unreachable
ip rule add pref 103 to 1.0.0.4 type prohibit
ip rule add pref 104 to 1.0.0.5 type nat 192.0.2.9
ip rule show
ip route add default via 10.0.1.254
ip route get 1.0.0.1
ip route get 1.0.0.2
ip route get 1.0.0.3
ip route get 1.0.0.4
ip route get 1.0.0.5
