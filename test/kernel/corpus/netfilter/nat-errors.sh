# NAT target errors: missing options, ports without a protocol, targets outside their hooks.
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --to-destination
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -j DNAT --to-destination foo
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A PREROUTING -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t mangle -A OUTPUT -j DNAT --to-destination 1.2.3.4
iptables -t mangle -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 80
iptables -t nat -S
