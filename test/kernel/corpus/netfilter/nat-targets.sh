# DNAT, SNAT, MASQUERADE, REDIRECT in the nat table and their -S/-L forms.
iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 172.17.0.2:8080
iptables -t nat -A PREROUTING -d 192.0.2.1 -j DNAT --to-destination 10.0.0.5
iptables -t nat -A OUTPUT -d 192.0.2.1 -p udp -j DNAT --to-destination 10.0.0.5-10.0.0.9
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 -o eth1 -j SNAT --to-source 198.51.100.1
iptables -t nat -A POSTROUTING -p tcp -o eth1 -j SNAT --to-source 198.51.100.1:1024-2048
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 5000-6000
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp -j REDIRECT
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L -n -v --line-numbers
