# A fresh namespace has empty tables with ACCEPT policies.
iptables -S
iptables -t mangle -S
iptables -t nat -S
iptables -t mangle -L -n
iptables -t nat -L -n -v
ip6tables -t mangle -S
ip6tables -L -n
