# ip-rule(8) EXAMPLES: ip ru add from 192.203.80.0/24 table inr.ruhep prio 220
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 1 inr.ruhep >> /etc/iproute2/rt_tables
ip ru add from 192.203.80.0/24 table inr.ruhep prio 220
ip ru
ip route add table inr.ruhep default via 10.0.2.254
ip addr add 192.203.80.1/24 dev b0
ip route get 8.8.8.8 from 192.203.80.1
