# Android netd rule ladder (real-world.md)
ip link set lo up
ip link add wlan0 address 02:00:00:00:00:f0 type veth peer name wlanp address 02:00:00:00:00:f1
ip link add tun0 address 02:00:00:00:00:f2 type veth peer name tunp address 02:00:00:00:00:f3
ip link set wlan0 up
ip link set wlanp up
ip link set tun0 up
ip link set tunp up
ip addr add 192.168.1.50/24 dev wlan0
ip addr add 10.8.0.2/24 dev tun0
echo 98 legacy_system >> /etc/iproute2/rt_tables
echo 99 local_network >> /etc/iproute2/rt_tables
echo 1021 wlan0 >> /etc/iproute2/rt_tables
echo 1022 tun0 >> /etc/iproute2/rt_tables
ip route add table wlan0 default via 192.168.1.1 dev wlan0
ip route add table tun0 default dev tun0
ip rule add pref 10000 fwmark 0xc0000/0xd0000 lookup legacy_system
ip rule add pref 10500 iif lo oif wlan0 uidrange 0-0 lookup wlan0
ip rule add pref 11000 iif tun0 lookup local_network
ip rule add pref 12000 fwmark 0x0/0x20000 iif lo uidrange 10086-10086 lookup tun0
ip rule add pref 13000 fwmark 0x10065/0x1ffff iif lo lookup wlan0
ip rule add pref 14000 iif lo oif wlan0 lookup wlan0
ip rule add pref 15000 fwmark 0x0/0x10000 lookup legacy_system
ip rule add pref 22000 fwmark 0x0/0xffff iif lo lookup wlan0
ip rule add pref 32000 unreachable
ip rule show
ip route get 8.8.8.8 uid 10086
ip route get 8.8.8.8 mark 0x10065
ip route get 8.8.8.8 oif wlan0 uid 1000
ip route get 8.8.8.8 mark 0x10000
ip route get 8.8.8.8 mark 0x10001
