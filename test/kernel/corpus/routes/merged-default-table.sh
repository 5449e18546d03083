# merged mode: main miss goes on to table default; an error route in main stops (1.2)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip route add table default 8.8.0.0/16 via 10.0.2.254
ip route add table default 9.9.0.0/16 via 10.0.2.254
ip route add unreachable 9.9.0.0/16
ip route get 8.8.8.8
ip route get 9.9.9.9
ip route get 7.7.7.7
ip route add throw 8.8.0.0/16
ip route get 8.8.8.8
