# address flag words, scopes and labels
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 2001:db8::1/64 dev a0 home
ip addr add 2001:db8::2/64 dev a0 mngtmpaddr
ip addr add 2001:db8::3/64 dev a0 nodad noprefixroute
ip addr add fec0::1/64 dev a0
ip addr add 10.0.0.1/24 dev a0 mngtmpaddr home nodad
ip addr add 10.0.0.9/24 dev a0 autojoin
ip addr add 10.1.0.1/24 dev a0 scope host
ip addr add 10.2.0.1/24 dev a0 scope 100
ip addr add 10.3.0.1/24 dev a0 scope nosuch
ip addr add 10.4.0.1/24 dev a0 label foo
ip addr add 10.5.0.1/24 dev a0 metric abc
ip addr add 10.6.0.1/24 dev a0 valid_lft 0
ip addr add 10.6.0.1/24 dev a0 valid_lft 10 preferred_lft 20
ip addr add 2001:db8::9/64 brd + dev a0
ip addr show dev a0
ip -j addr show dev a0
ip addr show dev a0 scope host
ip addr show dev a0 label foo
ip addr show dev a0 nodad
ip addr show dev a0 -tentative
ip route show table all
