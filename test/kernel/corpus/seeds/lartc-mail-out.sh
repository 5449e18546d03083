# LARTC 11 (netfilter & iproute - marking packets): outgoing mail via the cheap link, table mail.out
ip link set lo up
ip link add eth0 address 02:00:00:00:03:00 type veth peer name eth0p address 02:00:00:00:03:01
ip link add ppp0 address 02:00:00:00:03:02 type veth peer name ppp0p address 02:00:00:00:03:03
ip link set eth0 up
ip link set eth0p up
ip link set ppp0 up
ip link set ppp0p up
ip addr add 212.64.94.251/24 dev eth0
ip addr add 195.96.98.1/24 dev ppp0
ip route add default via 212.64.94.1
echo 201 mail.out >> /etc/iproute2/rt_tables
ip rule add fwmark 1 table mail.out
ip rule ls
ip route add default via 195.96.98.253 dev ppp0 table mail.out
ip route show table mail.out
ip route get 8.8.8.8 mark 1
ip route get 8.8.8.8
ip route get 8.8.8.8 iif eth0 from 212.64.94.77 mark 1
