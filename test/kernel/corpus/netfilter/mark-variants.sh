# Every MARK form and how -S normalises it.
iptables -t mangle -A PREROUTING -j MARK --set-mark 5
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x10/0xf0
iptables -t mangle -A PREROUTING -j MARK --set-xmark 3
iptables -t mangle -A PREROUTING -j MARK --set-xmark 3/7
iptables -t mangle -A PREROUTING -j MARK --and-mark 5
iptables -t mangle -A PREROUTING -j MARK --or-mark 5
iptables -t mangle -A PREROUTING -j MARK --xor-mark 5
iptables -t mangle -A PREROUTING -j MARK --set-mark 4294967295
iptables -t mangle -A PREROUTING -j MARK --set-mark 0
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n
