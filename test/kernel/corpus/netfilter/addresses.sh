# -s/-d: host, prefix (host bits dropped), dotted mask, 0/0, negation, and bad addresses.
iptables -t mangle -A OUTPUT -s 10.0.0.1 -j ACCEPT
iptables -t mangle -A OUTPUT -s 10.1.2.3/8 -j ACCEPT
iptables -t mangle -A OUTPUT ! -s 192.168.0.0/16 -d 0.0.0.0/0 -j ACCEPT
iptables -t mangle -A OUTPUT -d 8.8.8.8/32 -j ACCEPT
iptables -t mangle -A OUTPUT --source 1.2.3.4 --destination 5.6.7.0/24 -j ACCEPT
iptables -t mangle -A OUTPUT -s 10.0.0.0/255.255.0.0 -j ACCEPT
iptables -t mangle -A OUTPUT -d 0/0 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L OUTPUT -n
iptables -t mangle -A OUTPUT -s 1.2.3.400 -j ACCEPT
iptables -t mangle -A OUTPUT -s 1.2.3.4/33 -j ACCEPT
iptables -t mangle -A OUTPUT -d -j ACCEPT
