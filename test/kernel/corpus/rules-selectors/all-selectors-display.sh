# display order of every selector in one rule
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip rule add pref 21 from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 fwmark 0x1/0x3 iif a0 oif b0 uidrange 1-2 ipproto udp sport 1-2 dport 3 lookup 100 suppress_prefixlength 8 suppress_ifgroup 3 realms 7 protocol boot
ip rule show
ip -j rule show
ip -d rule show
