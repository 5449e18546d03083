# CONNMARK: --restore-mark/--save-mark with masks and --set-mark, and how -S/-L show them.
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff00 --ctmask 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --mask 0xf
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 1
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 0x10/0xf0
iptables -t mangle -A POSTROUTING -j CONNMARK --set-xmark 3/7
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -A POSTROUTING -j CONNMARK
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --restore-mark
