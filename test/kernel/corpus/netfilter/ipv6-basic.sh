# ip6tables: addresses, icmpv6 names, NAT with [addr]:port, family mix-ups.
ip6tables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
ip6tables -t mangle -A PREROUTING -s 2001:db8::/32 ! -d fe80::1 -j MARK --set-xmark 0x2/0xff
ip6tables -t mangle -A PREROUTING -p icmpv6 -j ACCEPT
ip6tables -t mangle -A PREROUTING -p ipv6-icmp -j ACCEPT
ip6tables -t mangle -A PREROUTING -s 2001:db8::1/64 -j ACCEPT
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables -t mangle -L -n -v
iptables -t mangle -S
ip6tables -t mangle -A PREROUTING -s 10.0.0.1 -j ACCEPT
iptables -t mangle -A PREROUTING -s 2001:db8::1 -j ACCEPT
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [2001:db8::5]:8080
ip6tables -t nat -S
