# iptables and ip6tables by absolute path, long options and --opt=value.
/usr/sbin/iptables -t mangle -A OUTPUT -j MARK --set-mark 3
/usr/sbin/ip6tables -t mangle -A OUTPUT -j MARK --set-mark 3
/usr/sbin/iptables -t mangle -S OUTPUT
/usr/sbin/ip6tables -t mangle -S OUTPUT
iptables --table mangle --append OUTPUT --protocol udp --jump ACCEPT
iptables --table=mangle --list-rules OUTPUT
iptables -t mangle --delete OUTPUT 1
iptables -t mangle --list OUTPUT --numeric
