# User chain order, -C, -E, -S/-L with a rule number, -f, nat DROP, icmpv6 names.
iptables -t nat -P PREROUTING DROP
iptables -t mangle -N zeta
iptables -t mangle -N alpha
iptables -t mangle -A zeta -j RETURN
iptables -t mangle -A alpha -j zeta
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -C alpha -j zeta
iptables -t mangle -C alpha -j RETURN
iptables -t mangle -E alpha beta
iptables -t mangle -S
iptables -t mangle -E nosuch gamma
iptables -t mangle -E beta zeta
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p udp -j MARK --set-mark 2
iptables -t mangle -S OUTPUT 2
iptables -t mangle -L OUTPUT 2 -n
iptables -t mangle -S OUTPUT 3
ip6tables -t mangle -A PREROUTING -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -t mangle -A PREROUTING -p icmpv6 --icmpv6-type 1/3 -j ACCEPT
ip6tables -t mangle -L PREROUTING -n
ip6tables -t mangle -L PREROUTING
iptables -t mangle -A PREROUTING -f -j ACCEPT
iptables -t mangle -A PREROUTING ! -f -j ACCEPT
iptables -t mangle -L PREROUTING -n
iptables -t mangle -S PREROUTING
iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request
iptables -t mangle -L PREROUTING
iptables -t mangle -A PREROUTING ! -p 0 -j ACCEPT
iptables -t mangle -A PREROUTING -i "" -j ACCEPT
iptables -t mangle -A PREROUTING -i abcdefghijklmnop -j ACCEPT
iptables -t mangle -A PREROUTING -i abcdefghijklmno -j ACCEPT
iptables -t mangle -S PREROUTING
iptables -t mangle -A PREROUTING -j CONNMARK --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 1 --ctmask 2
iptables -t mangle -A PREROUTING -s 10.0.0.0/8 -j MARK --set-mark 0x10 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 1 -m mark --mark 2 -j ACCEPT
iptables -t mangle -A OUTPUT -m mark --mark 1 -p tcp --dport 25 -j ACCEPT
iptables -t mangle -S OUTPUT
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :8080
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024
iptables -t nat -S
iptables -t nat -L -n
iptables -L -n -v -x --line-numbers
