# wg-quick up wg0 with AllowedIPs = 0.0.0.0/0 (wireguard-tools, linux.bash add_default)
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add wg0 type veth peer name wg0-p
ip link set dev wg0 address 02:00:00:00:00:05
ip link set dev wg0-p address 02:00:00:00:00:04
ip link set eth0 up
ip link set eth0-p up
ip link set wg0 up
ip link set wg0-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 10.66.66.2/32 dev wg0
ip route add default via 192.168.1.1 dev eth0
ip -4 route add 0.0.0.0/0 dev wg0 table 51820
ip -4 rule add not fwmark 51820 table 51820
ip -4 rule add table main suppress_prefixlength 0
sysctl -q net.ipv4.conf.all.src_valid_mark=1
ip rule show
ip route get 1.1.1.1
ip route get 192.168.1.20
ip route get 203.0.113.5 mark 0xca6c
