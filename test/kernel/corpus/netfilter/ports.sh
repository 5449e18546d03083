# --sport/--dport ranges, names, sctp, udplite, and the implicit -m tcp.
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --sport 1024:65535 -j ACCEPT
iptables -t mangle -A OUTPUT -p udp ! --dport 53 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport :1023 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 1024: -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --destination-port 80 --source-port 5000 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp -m tcp --dport 443 -j ACCEPT
iptables -t mangle -A OUTPUT -p sctp --dport 9 -j ACCEPT
iptables -t mangle -A OUTPUT -p udplite --sport 7 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 0:0 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 30:20 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L OUTPUT -n
