# veth pair: creation order, carrier and operstate as each end goes up and down
ip link show
ip -d link show
ip -j link show
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link show
ip link add a0 type veth peer name a2
ip link set a0 up
ip link show
ip -j link show a0
ip link set a1 up
ip link show
ip -d link show a0
ip -j -d link show a0
ip link set a1 down
ip link show a0
ip link set a1 name b1
ip link set b1 mtu 9000
ip link set b1 mtu 10
ip link set b1 mtu 70000
ip link set b1 group 5 txqlen 500 alias hello
ip link show b1
ip -j link show b1
ip -d link show b1
ip link set b1 name a0
ip link set nosuch up
ip link del lo
ip link set b1 address 01:00:00:00:00:01
ip link set b1 foo
ip link set b1 name averyveryverylongname
ip link set b1 master nosuch
ip link set b1 master a0
ip link add
ip link add x9 type nosuchtype
ip link add name x0 address 02:00:00:00:00:10 type veth peer address 02:00:00:00:00:11
ip link show
ip link delete x0
ip link show
ip link show nosuch
ip -br link
ip -o link show a0
ip link show up
ip link show type veth
