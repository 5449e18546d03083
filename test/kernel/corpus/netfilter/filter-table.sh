# The filter table: default table, its chains only, -F.
iptables -A INPUT -i lo -j ACCEPT
iptables -A FORWARD -s 10.0.0.0/8 -j DROP
iptables -t filter -A OUTPUT -p icmp -j ACCEPT
iptables -A PREROUTING -j ACCEPT
iptables -S
iptables -L -n
iptables -t filter -F
iptables -S
