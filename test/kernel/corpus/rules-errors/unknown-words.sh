# unknown words fail as rule types; newer keywords are unknown to 6.1
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add foo lookup 100
ip rule add dscp 10 lookup 100
ip rule add flowlabel 0x1 lookup 100
ip rule add lookup 100 extra
ip rule add type nosuch
ip rule show
