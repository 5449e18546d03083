# ip rule show filters: pref, table, from (prefix containment), fwmark, iif
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
ip rule add pref 101 from 10.0.0.0/8 lookup 101
ip rule add pref 102 fwmark 0x5/0xff iif a0 lookup 100
ip rule add pref 103 to 192.168.0.0/16 lookup 103
ip rule show pref 101
ip rule show table 100
ip rule show lookup main
ip rule show from 10.0.0.0/8
ip rule show from 10.1.2.0/24
ip rule show fwmark 0x5/0xff
ip rule show iif a0
ip rule show to 192.168.0.0/16
ip rule show 192.168.0.0/16
ip rule list
ip rule lst
ip rule
