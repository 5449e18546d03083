# -i/-o with + wildcard and !, the hooks that refuse them, IFNAMSIZ.
iptables -t mangle -A PREROUTING -i eth0 -j ACCEPT
iptables -t mangle -A PREROUTING -i eth+ -j ACCEPT
iptables -t mangle -A PREROUTING ! -i wg0 -j ACCEPT
iptables -t mangle -A POSTROUTING -o ppp0 -j ACCEPT
iptables -t mangle -A FORWARD -i veth+ ! -o lo -j ACCEPT
iptables -t mangle -A OUTPUT -i eth0 -j ACCEPT
iptables -t mangle -A PREROUTING -o eth0 -j ACCEPT
iptables -t mangle -A PREROUTING -i abcdefghijklmnopq -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L -n -v
