# Loopback up, named tables, rules towards them and a deleted main rule.
ip link set lo up
echo 10 isp1 >> /etc/iproute2/rt_tables
echo 20 isp2 >> /etc/iproute2/rt_tables
ip route add blackhole default table isp1
ip route add unreachable default table isp2
ip rule add fwmark 1 lookup isp1 pref 1000
ip rule add fwmark 2 lookup isp2 pref 1001
ip rule del pref 32766
ip rule add lookup main pref 32000
