# address parse errors and family mismatches
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add from 10.0.0.300 lookup 100
ip -4 rule add from 10.0.0.300 lookup 100
ip rule add from 10.0.0.0/33 lookup 100
ip rule add from 2001:db8::/32 lookup 100
ip rule add to 2001:db8::/32 lookup 100
ip -6 rule add from 10.0.0.0/8 lookup 100
ip rule add from default/8 lookup 100
ip rule add from nonsense lookup 100
ip rule show
