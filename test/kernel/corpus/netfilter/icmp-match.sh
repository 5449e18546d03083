# --icmp-type and --icmpv6-type by name, number and type/code.
iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request -j ACCEPT
iptables -t mangle -A PREROUTING -p icmp --icmp-type 8 -j ACCEPT
iptables -t mangle -A PREROUTING -p icmp --icmp-type 3/4 -j ACCEPT
iptables -t mangle -A PREROUTING -p icmp ! --icmp-type any -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L -n
ip6tables -t mangle -A PREROUTING -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -t mangle -S
