# Mullvad (talpid-routing linux.rs): both rules without pref
ip link add eth0 type veth peer name eth0-p
ip link set dev eth0 address 02:00:00:00:00:03
ip link set dev eth0-p address 02:00:00:00:00:02
ip link add wg0-mullvad type veth peer name wg0-mullvad-p
ip link set dev wg0-mullvad address 02:00:00:00:00:05
ip link set dev wg0-mullvad-p address 02:00:00:00:00:04
ip link set eth0 up
ip link set eth0-p up
ip link set wg0-mullvad up
ip link set wg0-mullvad-p up
ip addr add 192.168.1.10/24 dev eth0
ip addr add 10.64.0.2/32 dev wg0-mullvad
ip route add default via 192.168.1.1 dev eth0
ip route add default dev wg0-mullvad table 1836018789
ip rule add not fwmark 0x6d6f6c65 table 1836018789
ip rule add table main suppress_prefixlength 0
ip rule show
ip route get 1.1.1.1
ip route get 185.65.135.1 mark 0x6d6f6c65
ip route get 192.168.1.5
