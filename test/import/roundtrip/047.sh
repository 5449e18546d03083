# random scenario seed=20261170 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip addr add 10.0.1.100/24 dev a0
echo 100 isp1 >> /etc/iproute2/rt_tables
echo 103 t103 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
sysctl -w net.ipv4.ip_forward=1
ip route add unreachable 5.5.5.5 table main
ip -6 rule add to 2606:4700::/64 fwmark 0x13 order 200 oif b0 lookup 107 suppress_prefixlength 16
ip route del unreachable 5.5.5.5
ip route add local 192.168.7.1 dev b0 table 101
ip route add unreachable 8.8.0.0/20 table 104
ip route add broadcast 9.0.0.0/12 dev b0 metric 200
ip rule add pref 20 iif lo lookup main
sysctl -w net.ipv4.conf.a0.src_valid_mark=0
ip -6 rule add to fd00:1::/32 type unreachable
ip -6 route add 2001:db8:99::/64 via 2001:db8:2::67 dev b0 pref medium proto static table 104
ip rule del pref 20 iif lo lookup main
ip route add default dev b0 table isp1 window 65535
ip rule add to default pref 50 from 10.0.2.0/24 goto 300
ip route add blackhole 10.20.30.0/24 table 102 proto kernel metric 200
ip -6 rule add priority 1001 from 2001:db8:2::/48 fwmark 0xff/0xff prohibit
ip -6 rule del pref 1001
ip rule add ipproto icmp order 200 to 1.0.0.0/8 table 109
ip rule add from 0.0.0.0/8 pref 5 lookup default suppress_prefixlength 24
ip route add 5.5.5.0/24 dev a0 scope link metric 10 table 100
sysctl -w net.ipv4.conf.all.src_valid_mark=0
ip rule add oif b0 fwmark 1 to 5.5.5.0/25 pref 30 goto 500
ip rule add tos 0x0c to 100.64.3.0/28 priority 10 dport 1000-2000 prohibit
ip -6 route add prohibit 2001:db8:2::/64
ip route add 10.0.1.0/25 via 10.0.2.254 table 104
ip route add default via 10.0.2.253 tos 0x14 metric 100 table 106
ip -6 route add 2001:4860:4860::/64 via 2001:db8:2::65 dev b0 proto kernel metric 100
ip -6 route add local 2001:db8:99::/96 dev b0 mtu 1400 table local
ip route add 172.16.5.0/24 via 10.0.1.102 table 104
ip route add throw 100.64.3.0/24
ip route add throw 1.1.1.0/30 table 101
ip rule add priority 50 to 192.168.7.0/28 lookup main
ip -6 rule add not pref 300 lookup main
ip rule add fwmark 0x1 from 10.0.2.9 lookup main suppress_prefixlength 0
ip -6 rule add type unicast
ip -6 rule add to fd00:1::/56 from ::/8 pref 300 lookup default
ip -6 rule add priority 200 ipproto udp lookup main
ip rule del pref 20 iif lo lookup main
ip route add 172.16.0.0/16 dev a0 scope link
ip route add 203.0.113.9 via 10.0.1.104 dev a0 metric 4294967295 table 109
ip -6 rule add priority 5000 fwmark 0x13 lookup main
ip rule add not fwmark 0x100 order 500 oif a0 lookup 102
ip route add 172.16.0.0/20 via 10.0.2.101 dev b0
ip rule add to 1.1.1.0/25 order 1001 lookup 100
ip rule add uidrange 0-999 blackhole
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
