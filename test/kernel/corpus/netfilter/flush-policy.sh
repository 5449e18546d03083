# -F, -P (ACCEPT/DROP only, built-in chains only) and listings after them.
iptables -t mangle -A OUTPUT -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -j MARK --set-mark 2
iptables -t mangle -F OUTPUT
iptables -t mangle -S
iptables -t mangle -F
iptables -t mangle -S
iptables -t mangle -P OUTPUT DROP
iptables -t mangle -P OUTPUT RETURN
iptables -t mangle -P foo ACCEPT
iptables -t mangle -P OUTPUT
iptables -t mangle -L OUTPUT -n
iptables -t mangle -S
iptables -t mangle -P OUTPUT ACCEPT
iptables -P FORWARD DROP
iptables -S
iptables -t mangle -N u
iptables -t mangle -P u DROP
