# bridge options given at creation and the -d block they show in
ip link add br9 address 02:00:00:00:09:00 type bridge stp_state 1 forward_delay 400 priority 100 ageing_time 1000 hello_time 300 max_age 1000 mcast_snooping 0
ip link add br8 type bridge foo
ip link add br7 type bridge stp_state x
ip link add br6 type bridge vlan_filtering 1
ip link set br9 type bridge priority 4096
ip link set br9 type veth
ip link show
