# ip-rule(8) EXAMPLES: ip ru add from 193.233.7.83 nat 192.203.80.144 table 1 prio 320
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip ru add from 193.233.7.83 nat 192.203.80.144 table 1 prio 320
ip ru
ip -j rule show
ip addr add 193.233.7.83/32 dev a0
ip route get 8.8.8.8 from 193.233.7.83
