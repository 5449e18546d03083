# invalid IPv4 tos values (E18)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add tos 0x20 lookup 101
ip rule add tos 0x01 lookup 101
ip rule add tos 0x03 lookup 101
ip rule add tos 0x02 lookup 101
ip rule add tos 0x1e lookup 101
ip rule add tos 0x100 lookup 101
ip rule add tos zz lookup 101
ip rule add tos CS1 lookup 101
ip rule add tos 0x1c lookup 101
ip rule show
