# The LARTC idiom: mark mail, then list it the ways iptables shows it.
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -i eth0 -p tcp --dport 25 -j MARK --set-mark 0x1
iptables -t mangle -S
iptables -t mangle -S OUTPUT
iptables -t mangle -L -n
iptables -t mangle -L OUTPUT -n --line-numbers
iptables -t mangle -L -n -v
iptables -t mangle -L -n -v -x
