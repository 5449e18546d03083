# random scenario seed=20261126 features=no-dad,third-pair,extra-addresses,table-names,routes-unicast,routes-error,routes-local,routes-exotic,route-options,route-tos,route-metrics,big-tables,ipv6,rules,rule-devices,rule-fwmark,rule-tos,rule-uidrange,rule-ports,rule-not,rule-goto,rule-error-actions,rule-suppress,sysctl,deletions,failing,mid-observations,json,probe-output,probe-input,probe-fibmatch
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
ip addr add 10.0.9.1/32 dev lo
echo 108 t108 >> /etc/iproute2/rt_tables
ip route add default via 10.0.1.254
ip -6 route add default via 2001:db8:1::254
ip rule add fwmark 0x10 oif b1 iif b0 nop
ip rule add uidrange 0-999 ipproto udp lookup 100
ip -6 route add 2001:db8:aaaa:bbbb::/64 via 2001:db8:2::fd pref medium table 1000
ip rule add priority 100 uidrange 0-999 lookup main suppress_prefixlength 16
ip route add 203.0.113.0/24 via 10.0.2.100 dev b0 table main
ip route add prohibit 100.64.3.0/24 table 103
ip route add blackhole 10.7.0.0/16 dev a0
ip -6 route add 2001:db8:2::/48 via 2001:db8:1::69 dev a0 table local
ip -6 route add default via 2001:db8:1::64 table 101
ip rule add from 10.0.3.0/24 pref 100 lookup main
ip route add unreachable 192.0.0.0/8 table main metric 4294967295
ip -6 rule add dport 80 iif a0 pref 5000 lookup 101
ip rule add uidrange 1-4294967294 pref 500 lookup local
ip -6 route add anycast 2001:4860:4860::/56 dev b0 table 103
ip -6 rule add sport 1500 lookup 107
ip rule add from 10.0.2.0/24 lookup main
ip rule show
ip -6 rule show
ip route show table all
ip -j rule show
ip -j -6 rule show
