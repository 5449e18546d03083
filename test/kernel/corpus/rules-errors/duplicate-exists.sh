# identical rules with explicit pref: File exists (5.4)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add pref 100 from 10.1.0.0/16 lookup 100
ip rule add pref 100 from 10.1.0.0/16 lookup 100
ip rule add pref 100 from 10.1.0.0/16 lookup 101
ip rule add pref 100 from 10.1.0.0/16 lookup 100 protocol static
ip rule add pref 100 from 10.1.0.0/16 lookup 100 protocol static
ip rule add pref 100 not from 10.1.0.0/16 lookup 100
ip rule show
