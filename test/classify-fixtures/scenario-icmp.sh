# scenario.sh with a marking stage on ICMP type: the mangle table marks only echo requests (ICMP
# type 8, ICMPv6 type 128), the host's own (OUTPUT: the kernel re-routes them, keeping the source
# chosen before the mark) and the LAN's (PREROUTING); fwmark 1 sends them through wan1. Echo
# replies, unreachables and TCP/UDP keep mark 0.
ip link set lo up
ip link add wan0 address 02:00:00:00:00:03 type veth peer name wan0p address 02:00:00:00:00:02
ip link add wan1 address 02:00:00:00:00:05 type veth peer name wan1p address 02:00:00:00:00:04
ip link add lan0 address 02:00:00:00:00:07 type veth peer name lan0p address 02:00:00:00:00:06
ip link set wan0p up
ip link set wan1p up
ip link set lan0p up
ip link set wan0 up
ip link set wan1 up
ip link set lan0 up
ip addr add 192.0.2.1/24 dev wan0
ip addr add 198.51.100.1/24 dev wan1
ip addr add 10.9.0.1/24 dev lan0
ip -6 addr add 2001:db8:a::1/64 dev wan0 nodad
ip -6 addr add 2001:db8:b::1/64 dev wan1 nodad
ip -6 addr add fd09::1/64 dev lan0 nodad
ip route add default via 192.0.2.254
ip route add default via 198.51.100.254 table 100
ip -6 route add default via 2001:db8:a::fe
ip -6 route add default via 2001:db8:b::fe table 100
ip rule add pref 100 fwmark 0x1 lookup 100
ip rule add pref 200 from 10.9.0.128/25 lookup 100
ip rule add pref 300 to 203.0.113.0/24 ipproto udp dport 53 lookup 100
ip rule add pref 400 to 203.0.113.66 prohibit
ip rule add pref 500 from 10.9.0.66 blackhole
ip -6 rule add pref 100 fwmark 0x1 lookup 100
ip -6 rule add pref 200 from fd09::80/121 lookup 100
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv6.conf.all.forwarding=1
iptables -t mangle -A OUTPUT -p icmp --icmp-type echo-request -j MARK --set-mark 0x1
iptables -t mangle -A PREROUTING -i lan0 -p icmp --icmp-type echo-request -j MARK --set-mark 0x1
ip6tables -t mangle -A OUTPUT -p ipv6-icmp --icmpv6-type echo-request -j MARK --set-mark 0x1
ip6tables -t mangle -A PREROUTING -i lan0 -p ipv6-icmp --icmpv6-type echo-request -j MARK --set-mark 0x1
