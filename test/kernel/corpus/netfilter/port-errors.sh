# --sport/--dport errors: without -p, out of range, bad ranges, repeated.
iptables -t mangle -A OUTPUT --dport 25 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 99999 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 1:2:3 -j ACCEPT
iptables -t mangle -A OUTPUT -p icmp --dport 25 -j ACCEPT
iptables -t mangle -A OUTPUT -p all --dport 25 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 25 --dport 26 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport nosuchservice -j ACCEPT
iptables -t mangle -S
