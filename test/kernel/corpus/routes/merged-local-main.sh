# merged local/main before the first rule (E1)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add 127.1.0.0/16 dev a0
ip route get 127.1.2.3
ip route get 127.1.2.3 fibmatch
ip rule add pref 1000 fwmark 7 lookup 7
ip rule del pref 1000
ip rule show
ip route get 127.1.2.3
ip route get 127.1.2.3 fibmatch
