# LARTC 11: mail (marked 1 by netfilter) leaves through ppp0, everything else through eth0.
# The HOWTO marks mail arriving from the LAN in PREROUTING; mail this host sends is marked in OUTPUT.
# The probes at the end carry the mark themselves, as the mangle rules would set it.
ip link add eth0 type veth peer name eth0-peer
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-peer address 02:00:00:00:00:02
ip link add ppp0 type veth peer name ppp0-peer
ip link set dev ppp0 address 02:00:00:00:00:05
ip link set dev ppp0-peer address 02:00:00:00:00:04
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 195.96.98.254/30 dev ppp0
ip route add default via 10.0.0.1 dev eth0
echo 201 mail.out >> /etc/iproute2/rt_tables
ip rule add fwmark 1 table mail.out
ip route add default via 195.96.98.253 dev ppp0 table mail.out
iptables -A PREROUTING -i eth0 -t mangle -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
ip rule show
ip route show table mail.out
ip route get 192.0.2.25 mark 1
ip route get 192.0.2.25
