#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-8" (run as root).
# Remove it afterwards with: ip netns del sv-export-8; rm -rf /etc/netns/sv-export-8
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-8; rm -rf /etc/netns/sv-export-8" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-8 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-8 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-8 || { echo "rpdb export: cannot create the namespace sv-export-8 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-8 link add eth0 type veth peer name eth0-p
run ip -n sv-export-8 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-8 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-8 link add eth1 type veth peer name eth1-p
run ip -n sv-export-8 link set dev eth1 address 02:00:00:00:00:05
run ip -n sv-export-8 link set dev eth1-p address 02:00:00:00:00:04
run ip -n sv-export-8 link add vpn0 type veth peer name vpn0-p
run ip -n sv-export-8 link set dev vpn0 address 02:00:00:00:00:07
run ip -n sv-export-8 link set dev vpn0-p address 02:00:00:00:00:06
run ip -n sv-export-8 link set eth0 up
run ip -n sv-export-8 link set eth0-p up
run ip -n sv-export-8 link set eth1 up
run ip -n sv-export-8 link set eth1-p up
run ip -n sv-export-8 link set vpn0 up
run ip -n sv-export-8 link set vpn0-p up
run ip -n sv-export-8 addr add 192.168.1.10/24 dev eth0
run ip -n sv-export-8 addr add 10.10.0.1/24 dev eth1
run ip -n sv-export-8 addr add 10.99.0.2/32 dev vpn0
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.all.accept_redirects=0
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.all.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.ip_forward=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.default.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.eth0-p.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.eth0.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.eth1-p.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.eth1.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.lo.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.vpn0-p.forwarding=1
run ip netns exec sv-export-8 sysctl -w net.ipv4.conf.vpn0.forwarding=1
settle
run ip -n sv-export-8 route add default dev vpn0 table 100 scope link
settle
run ip -n sv-export-8 route add default via 192.168.1.254 dev eth0 table 200
settle
run ip -n sv-export-8 route add default via 192.168.1.1 dev eth0
settle
run ip -n sv-export-8 rule add from all uidrange 1001-1001 lookup 100 pref 1000
settle
run ip -n sv-export-8 rule add from all uidrange 0-0 lookup 200 pref 1100
echo "Namespace sv-export-8 is ready. Try: ip -n sv-export-8 rule show; ip -n sv-export-8 route show table all"
echo "Remove it with: ip netns del sv-export-8; rm -rf /etc/netns/sv-export-8"
