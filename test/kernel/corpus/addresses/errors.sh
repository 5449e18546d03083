# address command errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.20.1/24 dev nosuch
ip addr add 10.0.20.1/33 dev a0
ip addr add 10.0.20.1/24
ip addr del 10.0.21.1/24 dev a0
ip addr add 10.0.20.1/24 dev a0 frob
ip addr add 10.0.20.1/24 dev a0 label b0:x
