# -p by name, number, case, all/0, negation, and unknown protocols.
iptables -t mangle -A PREROUTING -p tcp -j ACCEPT
iptables -t mangle -A PREROUTING -p udp -j ACCEPT
iptables -t mangle -A PREROUTING -p icmp -j ACCEPT
iptables -t mangle -A PREROUTING -p all -j ACCEPT
iptables -t mangle -A PREROUTING -p 47 -j ACCEPT
iptables -t mangle -A PREROUTING ! -p tcp -j ACCEPT
iptables -t mangle -A PREROUTING -p TCP -j ACCEPT
iptables -t mangle -A PREROUTING -p sctp -j ACCEPT
iptables -t mangle -A PREROUTING -p udplite -j ACCEPT
iptables -t mangle -A PREROUTING -p 6 -j ACCEPT
iptables -t mangle -A PREROUTING -p 0 -j ACCEPT
iptables -t mangle -A PREROUTING -p gre -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -A PREROUTING -p foo -j ACCEPT
iptables -t mangle -A PREROUTING -p 256 -j ACCEPT
