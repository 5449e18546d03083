# random scenario seed=20261132 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link add c0 address 02:00:00:00:00:c0 type veth peer name c1 address 02:00:00:00:00:c1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip link set c0 up
ip link set c1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip addr add 10.0.3.1/24 dev c0
ip addr add 10.0.4.1/24 dev c1
ip addr add 2001:db8:1::1/64 dev a0 nodad
ip addr add 2001:db8:2::1/64 dev b0 nodad
ip addr add 2001:db8:3::1/64 dev c0 nodad
ip addr add 10.0.1.100/24 dev a0
echo 107 t107 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip rule add not oif a1 from 10.0.1.0/24 lookup 70000
ip -6 route add prohibit 2a00:1450::/48 metric 200 table 1000
ip route add unreachable 11.0.0.0/28 metric 10
ip route add throw 9.9.9.0/28
ip route add unreachable 1.1.0.0/16 table 107
ip route add local 192.168.7.0/30 dev b0 table 100
ip -6 route add throw 2606:4700::/32 metric 100 table 100
ip rule add not to 10.0.0.0/16 from 10.0.2.9 pref 1000 lookup main
ip rule add dport 53 fwmark 0/0xff00 from 0.0.0.0/8 lookup main suppress_ifgroup default
ip route add default via 10.0.1.100
ip rule add to 203.0.113.0/25 pref 200 lookup 106
sysctl -w net.ipv4.conf.all.accept_local=1
ip rule add tos 0x14 to 5.0.0.0/12 order 200 table 106 suppress_prefixlength 24
ip route add prohibit 9.9.9.0/24 table 106
ip route add throw 9.0.0.0/12 metric 100
ip rule add not pref 1000 to 192.0.2.32/28 prohibit
ip route add 10.0.0.0/16 via 10.0.3.100 dev c0 table 102
ip -6 route add blackhole 2001::/16
ip -6 route add fd00:1::/64 via 2001:db8:1::69 dev a0 mtu lock 1300
ip rule add sport 53 iif lo ipproto icmp lookup 109
ip rule add from 10.0.1.0/24 sport 1000-2000 prohibit
ip rule add to 5.5.0.0/16 from 10.0.2.0/24 nop
ip rule add to 192.0.2.0/24 lookup 110
ip rule add order 100 from 10.0.2.9 lookup 109
ip -6 route add 2001:4860:4860::/96 via 2001:db8:3::66 dev c0 table 104
ip -6 route add 2001:db8:99::/48 dev a0 metric 4294967295 scope link table 104
ip route add throw 5.0.0.0/12 metric 1024 table main
ip -6 rule add iif b1 priority 100 from ::/8 table t107
ip rule add from 0.0.0.0/8 ipproto icmp lookup 100 suppress_prefixlength 16
ip route add unreachable 192.0.2.32/28 table 70000
ip -6 route add default via 2001:db8:1::2 dev a0
ip rule add not pref 50 goto 1000
ip -6 rule add dport 443 lookup main
ip route show table all
ip route add 10.6.0.0/16 via 10.0.3.7 dev a0
ip -6 route add 2001:4860::/32 via 2001:db8:3::67 pref high
ip -6 rule add dport 443 from 2001:db8::/32 unreachable
ip -6 route add unreachable 2001:4860:4860::/56 table 108
ip -6 route add 2001:db8:1::/48 via 2001:db8:1::68 table 70000 pref medium
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
ip -j route show table all
