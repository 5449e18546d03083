# IPv4 address forms: short, octal, hex, default, any (E25)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add pref 100 from 10.8 lookup 100
ip rule add pref 101 to 010.0x10.0.1 lookup 100
ip rule add pref 102 from default lookup 100
ip rule add pref 103 from any lookup 100
ip rule add pref 104 to 10/8 lookup 100
ip rule add pref 105 from 0/0 lookup 100
ip rule add pref 106 from 10.1.2.3/8 lookup 100
ip rule show
ip -j rule show
