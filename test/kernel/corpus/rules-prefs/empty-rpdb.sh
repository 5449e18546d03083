# an empty RPDB is fatal; the next automatic pref is 0 (E5)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule del pref 0
ip rule flush
ip rule show
ip -j rule show
ip rule add from 1.1.1.3 lookup 5
ip rule show
ip route get 10.0.1.5
ip route get 127.0.0.1
