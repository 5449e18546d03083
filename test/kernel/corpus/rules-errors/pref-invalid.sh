# bad preference values
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add pref x lookup 100
ip rule add pref -1 lookup 100
ip rule add pref 4294967296 lookup 100
ip rule add pref 1.5 lookup 100
ip rule show
