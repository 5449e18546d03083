# IPv4 and IPv6 addresses on a veth pair, their kernel routes, show filters and errors
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.1.2/24 dev a0
ip addr add 10.0.3.1/16 brd + dev a0 label a0:x
ip addr add 10.0.8.5/24 dev a0 scope link
ip addr add 10.0.2.5/24 peer 10.0.2.6 dev b0
ip addr add 10.0.7.5 dev b0
ip addr add 10.0.9.5/24 brd 10.0.9.255 dev b0
ip addr add 10.0.4.1/24 dev b0 metric 50
ip addr add 10.0.5.1/24 dev b0 noprefixroute
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:5::1/64 dev a0
ip addr add 2001:db8:2::1/64 dev b0 metric 100
ip addr add fd00::1/8 dev b0 noprefixroute
ip addr
ip -j addr show dev a0
ip -4 addr
ip -6 addr show dev b0
ip addr show to 10.0.1.0/24
ip addr show primary
ip addr show secondary
ip -br addr
ip route show table all
ip addr add 10.0.1.1/24 dev a0
ip addr add 2001:db8:1::1/64 dev a0
ip addr del 2001:db8:1::7/64 dev a0
ip addr del 2001:db8:1::1 dev a0
ip addr del 10.0.9.9/24 dev a0
ip addr add 10.0.9.1/24 dev nosuch
ip addr add dev a0
ip addr flush
ip addr del 10.0.1.2 dev a0
ip addr del 2001:db8:5::1/64 dev a0
ip addr show dev a0
ip route show table all
ip addr flush dev b0
ip addr show dev b0
ip route show table all
