# -v echoes the rule it adds, deletes or checks, and each chain it flushes.
iptables -v -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -v -t mangle -A PREROUTING -i eth0 -s 10.0.0.0/8 -j ACCEPT
iptables -v -t mangle -I PREROUTING ! -s 1.2.3.4 ! -d 5.6.7.0/24 ! -p udp -j RETURN
iptables -v -t mangle -A POSTROUTING ! -o ppp+ -f -m mark --mark 0x4/0xf
iptables -v -t mangle -C OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -v -t mangle -D OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -v -t mangle -D PREROUTING 1
iptables -v -t mangle -N foo
iptables -v -t mangle -F
iptables -v -t mangle -F foo
iptables -v -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.1
ip6tables -v -t mangle -A OUTPUT -s 2001:db8::/32 -p tcp --sport 22 -j MARK --set-mark 2
