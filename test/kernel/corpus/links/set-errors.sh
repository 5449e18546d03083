# ip link set errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip link set nosuch up
ip link set a0 frob
ip link set a0 mtu x
ip link set dev
ip link set a0 address 02:00:00:00:00:ee
ip link show a0
