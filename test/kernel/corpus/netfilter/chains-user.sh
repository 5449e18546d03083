# User chains: -N, jumps and gotos, references, -X refused while used or not empty.
iptables -t mangle -N marks
iptables -t mangle -A marks -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A marks -j RETURN
iptables -t mangle -A OUTPUT -j marks
iptables -t mangle -A PREROUTING -g marks
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -L marks -n -v
iptables -t mangle -S marks
iptables -t mangle -X marks
iptables -t mangle -F marks
iptables -t mangle -X marks
iptables -t mangle -D OUTPUT 1
iptables -t mangle -D PREROUTING -g marks
iptables -t mangle -X marks
iptables -t mangle -S
