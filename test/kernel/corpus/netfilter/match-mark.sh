# -m mark --mark V[/M], negated, and its errors.
iptables -t mangle -A PREROUTING -m mark --mark 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0x80000/0xff0000 -j RETURN
iptables -t mangle -A PREROUTING -m mark ! --mark 0x4000/0x4000 -j MARK --or-mark 0x4000
iptables -t mangle -A PREROUTING -m mark --mark 0xffffffff
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -A PREROUTING -m mark
iptables -t mangle -A PREROUTING -m mark --mark
iptables -t mangle -A PREROUTING -m mark --mark x
iptables -t mangle -A PREROUTING -m nosuchmatch -j ACCEPT
