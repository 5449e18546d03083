# record.sh's extra traffic for scenario-icmp.sh (sourced after the common traffic): ICMP of
# several types from the LAN. Echo requests (any code) are marked and leave through wan1; echo
# replies and unreachables keep mark 0 and leave through wan0; of a fragmented echo request only
# the first fragment carries the ICMP header, so only it is marked (no conntrack, no defrag).
nsx $T inject $L 10.9.0.7 8.8.8.8 icmp 0
nsx $T inject $L 10.9.0.7 8.8.8.8 icmp:8:5 0
nsx $T inject $L 10.9.0.7 8.8.8.8 icmp:0:0 0
nsx $T inject $L 10.9.0.7 8.8.8.8 icmp:3:3 0
nsx $T inject $L 10.9.0.7 8.8.4.4 icmp 0 0 frag
nsx $T inject $L fd09::7 2001:db8:ff::1 icmp 0
nsx $T inject $L fd09::7 2001:db8:ff::1 icmp:129:0 0
nsx $T inject $L fd09::7 2001:db8:ff::1 icmp:1:4 0
