# selector keyword abbreviations: pri, o, ta, d, t (tun_id)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pri 100 from 10.1.0.0/16 ta 100
ip rule add o 101 d 0x10 lookup 101
ip rule add p 102 t 5 lookup 102
ip rule add prio 103 fwmark 3 table 103
ip rule show
