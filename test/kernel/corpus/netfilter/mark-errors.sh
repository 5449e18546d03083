# MARK option errors: missing, repeated, clashing, out of range.
iptables -t mangle -A OUTPUT -j MARK
iptables -t mangle -A OUTPUT -j MARK --set-mark
iptables -t mangle -A OUTPUT -j MARK --set-mark foo
iptables -t mangle -A OUTPUT -j MARK --set-mark 4294967296
iptables -t mangle -A OUTPUT -j MARK --set-mark 1 --or-mark 2
iptables -t mangle -A OUTPUT -j MARK --set-mark -1
iptables -t mangle -A OUTPUT -j MARK --and-mark 1/2
iptables -t mangle -A OUTPUT -j MARK --set-mark 1/
iptables -t mangle -A OUTPUT -j MARK --set-mark 1 --set-mark 2
iptables -t mangle -S OUTPUT
