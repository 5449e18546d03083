# rule protocol is metadata shown only when not unspec/kernel (or with -d)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 100 lookup 100 protocol static
ip rule add pref 101 lookup 101 protocol kernel
ip rule add pref 102 lookup 102 protocol 99
ip rule add pref 103 lookup 103 protocol unspec
ip rule add pref 104 lookup 104 proto bird
ip rule show
ip -d rule show
ip -j rule show
ip -j -d rule show
