# -I with and without a number, -D by number and by rule, -R, index errors.
iptables -t mangle -A OUTPUT -p tcp --dport 1 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 2 -j ACCEPT
iptables -t mangle -I OUTPUT -p tcp --dport 3 -j ACCEPT
iptables -t mangle -I OUTPUT 2 -p tcp --dport 4 -j ACCEPT
iptables -t mangle -I OUTPUT 5 -p tcp --dport 5 -j ACCEPT
iptables -t mangle -I OUTPUT 7 -p tcp --dport 6 -j ACCEPT
iptables -t mangle -I OUTPUT 0 -p tcp --dport 6 -j ACCEPT
iptables -t mangle -S OUTPUT
iptables -t mangle -D OUTPUT 2
iptables -t mangle -D OUTPUT -p tcp --dport 2 -j ACCEPT
iptables -t mangle -D OUTPUT -p tcp -m tcp --dport 5 -j ACCEPT
iptables -t mangle -D OUTPUT 9
iptables -t mangle -D OUTPUT 0
iptables -t mangle -D OUTPUT -p tcp --dport 77 -j ACCEPT
iptables -t mangle -S OUTPUT
iptables -t mangle -R OUTPUT 1 -p udp -j MARK --set-mark 9
iptables -t mangle -R OUTPUT 5 -p udp -j ACCEPT
iptables -t mangle -R OUTPUT -p udp -j ACCEPT
iptables -t mangle -S OUTPUT
