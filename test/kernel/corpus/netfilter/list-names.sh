# Without -n, iptables prints "anywhere" and service names from /etc/services.
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p tcp --sport 80:443 -j ACCEPT
iptables -t mangle -A OUTPUT -p udp --dport 53 -j ACCEPT
iptables -t mangle -A OUTPUT -s 10.0.0.0/8 -d 0.0.0.0/1 -j ACCEPT
iptables -t mangle -L OUTPUT
iptables -t mangle -L OUTPUT -v
