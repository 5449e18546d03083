# deleting with selectors written differently (hex, synonyms)
ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip rule add pref 100 fwmark 16 table 100
ip rule del priority 0x64 fwmark 0x10 lookup 100
ip rule add pref 101 iif a0 lookup 100
ip rule del dev a0
ip rule show
