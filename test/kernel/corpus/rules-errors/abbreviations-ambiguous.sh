# abbreviation order: p is pref, m is map-to, n is nop, g is goto, u is unreachable
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add p 100 n
ip rule add p 101 u
ip rule add p 102 g 200
ip rule add p 103 bl
ip rule add p 104 pro
ip rule add p 105 un
ip rule add p 106 pr
ip rule show
