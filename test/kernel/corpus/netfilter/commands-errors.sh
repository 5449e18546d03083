# Command-line errors: no command, unknown options, clashing commands, stray words, !.
iptables
iptables -x
iptables -t foo -L
iptables -t mangle -Q
iptables -t mangle -A
iptables -t mangle -A OUTPUT -p foo
iptables -t mangle -A OUTPUT -j
iptables -t mangle -A OUTPUT -S
iptables -t mangle -L -S
iptables -t mangle -A OUTPUT extra
iptables -t mangle -t nat -S
iptables -t mangle -A OUTPUT -p tcp -p udp -j ACCEPT
iptables -t mangle -I OUTPUT x -j ACCEPT
iptables -t mangle -A OUTPUT ! -j ACCEPT
iptables -t mangle -A OUTPUT ! ! -s 1.2.3.4 -j ACCEPT
iptables -t mangle -S OUTPUT extra
iptables --version
iptables -V
