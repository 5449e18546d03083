# Android netd (RouteController.h): tables named after networks
echo 98 legacy_system >> /etc/iproute2/rt_tables
echo 97 local_network >> /etc/iproute2/rt_tables
echo 1003 wlan0 >> /etc/iproute2/rt_tables
echo 1004 tun0 >> /etc/iproute2/rt_tables
ip link add wlan0 type veth peer name wlan0-p
ip link set dev wlan0 address 02:00:00:00:00:03
ip link set dev wlan0-p address 02:00:00:00:00:02
ip link add tun0 type veth peer name tun0-p
ip link set dev tun0 address 02:00:00:00:00:05
ip link set dev tun0-p address 02:00:00:00:00:04
ip link set wlan0 up
ip link set wlan0-p up
ip link set tun0 up
ip link set tun0-p up
ip addr add 192.168.1.23/24 dev wlan0
ip addr add 10.8.0.2/24 dev tun0
ip route add 192.168.1.0/24 dev wlan0 table wlan0
ip route add default via 192.168.1.1 dev wlan0 table wlan0
ip route add default dev tun0 table tun0
ip rule add pref 10000 fwmark 0xc0000/0xd0000 table legacy_system
ip rule add pref 10500 iif lo oif wlan0 uidrange 0-0 table wlan0
ip rule add pref 11000 iif tun0 table local_network
ip rule add pref 12000 fwmark 0x0/0x20000 iif lo uidrange 10086-10086 table tun0
ip rule add pref 13000 fwmark 0x10065/0x1ffff iif lo table wlan0
ip rule add pref 14000 iif lo oif wlan0 table wlan0
ip rule add pref 15000 fwmark 0x0/0x10000 table legacy_system
ip rule add pref 22000 fwmark 0x0/0xffff iif lo table wlan0
ip rule add pref 32000 unreachable
ip rule show
ip route get 8.8.8.8 uid 10086
ip route get 8.8.8.8 uid 10050 mark 0x10065
ip route get 8.8.8.8 uid 10050
ip route get 8.8.8.8 uid 10050 mark 0x10066
ip route get 8.8.8.8 oif wlan0
