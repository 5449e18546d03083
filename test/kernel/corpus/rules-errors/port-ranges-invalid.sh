# sport/dport range errors: 0, 65535, reversed (E10)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add sport 65535 lookup 100
ip rule add dport 0 lookup 100
ip rule add sport 0-10 lookup 100
ip rule add dport 20-10 lookup 100
ip rule add dport 1-65535 lookup 100
ip rule add sport 65536 lookup 100
ip rule add dport abc lookup 100
ip rule add sport 10- lookup 100
ip rule show
