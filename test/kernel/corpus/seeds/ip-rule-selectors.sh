# ip-rule(8): every documented selector in one add each
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 10 from 192.168.1.0/24 lookup 10
ip rule add pref 11 to 192.168.2.0/24 lookup 11
ip rule add pref 12 iif a0 lookup 12
ip rule add pref 13 oif b0 lookup 13
ip rule add pref 14 tos 0x10 lookup 14
ip rule add pref 15 dsfield 0x08 lookup 15
ip rule add pref 16 fwmark 0x10 lookup 16
ip rule add pref 17 uidrange 100-200 lookup 17
ip rule add pref 18 ipproto tcp lookup 18
ip rule add pref 19 sport 1024-2048 lookup 19
ip rule add pref 20 dport 22 lookup 20
ip rule add pref 21 lookup 21 protocol zebra
ip rule add pref 22 lookup main suppress_prefixlength 0
ip rule add pref 23 lookup main suppress_ifgroup default
ip rule add pref 24 lookup 24 realms 1/2
ip rule add pref 25 flowlabel 0x12345 lookup 25
ip rule add pref 26 dscp 10 lookup 26
ip rule show
ip -j rule show
