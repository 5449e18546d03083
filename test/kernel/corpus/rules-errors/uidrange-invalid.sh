# uidrange parse and range errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add uidrange 10-5 lookup 100
ip rule add uidrange 5 lookup 100
ip rule add uidrange a-b lookup 100
ip rule add uidrange 0-4294967295 lookup 100
ip rule add uidrange 4294967295-4294967295 lookup 100
ip rule show
