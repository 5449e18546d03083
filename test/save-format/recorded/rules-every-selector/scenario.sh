# Rules with every selector and action iproute2 6.1 can send, both families.
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link set eth0 up
ip link set eth0-p up
ip addr add 192.0.2.1/24 dev eth0
ip -6 addr add 2001:db8::1/64 dev eth0 nodad
echo 100 vpn >> /etc/iproute2/rt_tables
ip rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 lookup vpn pref 100
ip rule add not fwmark 0x10/0xff iif eth0 lookup 200 pref 110
ip rule add oif eth0 uidrange 1000-2000 lookup 300 pref 120
ip rule add ipproto tcp sport 1000-2000 dport 443 lookup 300 pref 130
ip rule add sport 80 dport 443 ipproto tcp lookup 5 pref 135
ip rule add from all lookup main suppress_prefixlength 0 pref 140
ip rule add lookup main suppress_ifgroup 5 pref 150
ip rule add goto 170 pref 160
ip rule add nop pref 170
ip rule add blackhole from 198.51.100.0/24 pref 180
ip rule add unreachable to 203.0.113.0/24 pref 190
ip rule add prohibit iif missing0 pref 200
ip rule add realms 3/4 lookup 100 pref 210
ip rule add tun_id 77 lookup 100 pref 220
ip rule add fwmark 0xca6c lookup 51820 proto static pref 230
ip rule add lookup 4000000 pref 240
ip rule add from 10.1.1.1 lookup 100
ip rule add goto 32766 pref 250
ip rule del pref 32767
ip -6 rule add from 2001:db8::/32 lookup 100 pref 100
ip -6 rule add not to 2001:db8:1::/48 fwmark 1 lookup 200 pref 110
ip -6 rule add oif eth0 ipproto udp dport 53 prohibit pref 120
ip -6 rule add lookup main suppress_prefixlength 0 pref 130
ip -6 rule add iif lo uidrange 0-999 lookup 300
