# -Z on a table, a chain and a rule; -L -Z.
iptables -t mangle -A OUTPUT -j MARK --set-mark 1
iptables -t mangle -Z
iptables -t mangle -Z OUTPUT
iptables -t mangle -Z OUTPUT 1
iptables -t mangle -Z nosuch
iptables -t mangle -L OUTPUT -n -v
iptables -t mangle -L -Z -n
