# usage texts and unknown subcommands
ip link help
ip addr help
ip link foo
ip addr foo
ip link add x type veth foo
ip link add x type vrf foo
ip link set lo arp maybe
ip link set
ip addr add 10.0.0.1/24
ip addr add 10.0.0.1/24 dev lo brd + peer 10.0.0.2/24 scope foo
ip -6 addr add 2001:db8::1/64 dev lo brd +
ip addr add 10.0.0.1/24 dev lo valid_lft 10 preferred_lft 20
ip addr add 10.0.0.1/24 dev lo valid_lft 0
ip addr add 10.0.0.1/24 dev lo metric -1
