# deleting the goto target re-points to the next rule of the same pref, else unresolved (E7)
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
ip rule add pref 150 goto 200
ip rule add pref 160 prohibit
ip rule add pref 200 to 1.1.1.1 unreachable
ip rule add pref 200 lookup main
ip rule show
ip route get 1.1.1.1
ip rule del pref 200 to 1.1.1.1
ip rule show
ip route get 1.1.1.1
ip rule del pref 200
ip rule show
ip route get 1.1.1.1
