# bad realms
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add lookup 100 realms x
ip rule add lookup 100 realms 1/x
ip rule add pref 100 lookup 100 realms 65535
ip rule add pref 101 lookup 100 realms 65536
ip rule add pref 102 lookup 100 realms cosmos
ip rule show
