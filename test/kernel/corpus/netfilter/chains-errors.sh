# Chain commands that fail: duplicates, missing chains, bad names.
iptables -t mangle -N foo
iptables -t mangle -N foo
iptables -t mangle -N OUTPUT
iptables -t mangle -X bar
iptables -t mangle -X OUTPUT
iptables -t mangle -A FOO -j ACCEPT
iptables -t mangle -A OUTPUT -j FOO
iptables -t mangle -S bar
iptables -t mangle -L bar
iptables -t mangle -F bar
iptables -t mangle -N a-very-long-chain-name-that-is-too-long
iptables -t mangle -N -x
iptables -t mangle -N ACCEPT
iptables -t mangle -N MARK
iptables -t mangle -X
iptables -t mangle -S
