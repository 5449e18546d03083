#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-15" (run as root).
# Remove it afterwards with: ip netns del sv-export-15; rm -rf /etc/netns/sv-export-15
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-15; rm -rf /etc/netns/sv-export-15" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-15 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-15 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-15 || { echo "rpdb export: cannot create the namespace sv-export-15 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-15 link add eth0 type veth peer name eth0-p
run ip -n sv-export-15 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-15 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-15 link add eth1 type veth peer name eth1-p
run ip -n sv-export-15 link set dev eth1 address 02:00:00:00:00:05
run ip -n sv-export-15 link set dev eth1-p address 02:00:00:00:00:04
run ip -n sv-export-15 link set eth0 up
run ip -n sv-export-15 link set eth0-p up
run ip -n sv-export-15 link set eth1 up
run ip -n sv-export-15 link set eth1-p up
run ip -n sv-export-15 -6 addr add 2001:db8::1/64 dev eth0 nodad
run ip -n sv-export-15 -6 addr add 2001:db8:1::1/64 dev eth1 nodad
run ip -n sv-export-15 addr add 192.0.2.1/24 dev eth0
run ip -n sv-export-15 addr add 198.51.100.1/24 dev eth1
settle
run ip -n sv-export-15 route add 192.0.2.128/25 dev eth0 table 4000000 scope link
settle
run ip -n sv-export-15 route add 10.0.0.0/8 via 198.51.100.254 dev eth1 table 100 proto static
settle
run ip -n sv-export-15 route add 10.1.0.0/16 table 100 nexthop via 192.0.2.2 dev eth0 weight 3 nexthop via 198.51.100.2 dev eth1 weight 1
settle
run ip -n sv-export-15 route add blackhole 10.2.0.0/16 table 100
settle
run ip -n sv-export-15 route add unreachable 10.3.0.0/16 table 100
settle
run ip -n sv-export-15 route add throw 10.5.0.0/16 table 100
settle
run ip -n sv-export-15 route add 10.12.0.0/16 via 192.0.2.5 dev eth0 table 100 proto babel metric 7
settle
run ip -n sv-export-15 route add 10.6.0.0/16 dev eth0 table 200 scope link mtu lock 1300 window 65535 rtt 10ms advmss 1200 initcwnd 10
settle
run ip -n sv-export-15 route add default via 192.0.2.254 dev eth0 metric 100
settle
run ip -n sv-export-15 route add prohibit 10.4.0.0/16 metric 5
settle
run ip -n sv-export-15 route add 10.7.0.0/16 dev eth1 scope link src 198.51.100.1 realm 2
settle
run ip -n sv-export-15 route add 10.9.0.0/16 via inet6 2001:db8::2 dev eth0
settle
run ip -n sv-export-15 route add 10.10.0.0/16 tos 0x10 via 192.0.2.3 dev eth0
settle
run ip -n sv-export-15 route add 10.11.0.0/16 via 192.0.2.4 dev eth0 onlink
settle
run ip -n sv-export-15 route add local 10.8.0.0/16 dev lo table local scope host
settle
run ip -n sv-export-15 -6 route add 2001:db8:100::/48 table 100 metric 1024 pref medium nexthop via 2001:db8::2 dev eth0 weight 1 nexthop via 2001:db8:1::2 dev eth1 weight 1
settle
run ip -n sv-export-15 -6 route add blackhole 2001:db8:200::/48 dev lo table 100 metric 1024 pref medium
settle
run ip -n sv-export-15 -6 route add prohibit 2001:db8:600::/48 dev lo table 200 metric 1024 pref medium
settle
run ip -n sv-export-15 -6 route add 2001:db8:300::/48 dev eth1 metric 1024 mtu 1400 hoplimit 32 pref high
settle
run ip -n sv-export-15 -6 route add unreachable 2001:db8:400::/48 dev lo metric 2048 pref medium
settle
run ip -n sv-export-15 -6 route add 2001:db8:500::/48 from 2001:db8::/64 via 2001:db8::3 dev eth0 metric 1024 pref medium
settle
run ip -n sv-export-15 -6 route add default via 2001:db8::fe dev eth0 metric 1 pref medium
echo "Namespace sv-export-15 is ready. Try: ip -n sv-export-15 rule show; ip -n sv-export-15 route show table all"
echo "Remove it with: ip netns del sv-export-15; rm -rf /etc/netns/sv-export-15"
