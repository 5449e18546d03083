# LARTC 11.1: mark outgoing mail and route it through a separate table.
ip link set lo up
iptables -A PREROUTING -t mangle -i eth0 -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -L -n -v
iptables -t mangle -S
