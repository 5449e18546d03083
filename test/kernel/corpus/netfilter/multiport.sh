# -m multiport --sports/--dports/--ports and its errors.
iptables -t mangle -A OUTPUT -p tcp -m multiport --dports 25,465,587 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p udp -m multiport --sports 1000:2000,53 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp -m multiport ! --ports 80,443 -j ACCEPT
iptables -t mangle -S OUTPUT
iptables -t mangle -L OUTPUT -n
iptables -t mangle -A OUTPUT -m multiport --dports 25 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp -m multiport -j ACCEPT
