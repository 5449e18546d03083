# expect: suppress-never:6:32765
ip link add eth0 type veth peer name eth0-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set wg0 up
ip link set wg0-p up
ip -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -6 addr add fd00:66::2/128 dev wg0 nodad
ip -6 route add default via 2001:db8:1::1 dev eth0
ip -6 route add ::/1 dev wg0
ip -6 route add 8000::/1 dev wg0
ip -6 rule add table main suppress_prefixlength 0
# probes
ip route get 2606:4700:4700::1111
ip route get 9000::1
