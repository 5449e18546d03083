# flag keywords of ip link set and their effect on the flags and counters
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link set a0 arp off
ip link show a0
ip link set a0 promisc on allmulticast on
ip link show a0
ip -d link show a0
ip -j link show a0
ip link set a0 multicast off trailers off dynamic on
ip link show a0
ip link set a0 arp on multicast on promisc off allmulticast off trailers on dynamic off
ip link show a0
ip -d link show a0
ip link set a0 arp maybe
ip link set a0 carrier off
ip link set a0 up
ip link set a1 up
ip link set a0 promisc on
ip link show
