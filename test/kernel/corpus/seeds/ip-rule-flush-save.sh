# ip-rule(8): flush, and the synonyms list/lst/show
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 100 from 10.1.0.0/16 lookup 100
ip rule add pref 101 from 10.2.0.0/16 lookup 101 protocol static
ip rule lst
ip rule flush protocol static
ip rule list
ip rule flush
ip rule show
