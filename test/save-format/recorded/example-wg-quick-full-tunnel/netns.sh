#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-1" (run as root).
# Remove it afterwards with: ip netns del sv-export-1; rm -rf /etc/netns/sv-export-1
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-1; rm -rf /etc/netns/sv-export-1" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-1 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-1 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-1 || { echo "rpdb export: cannot create the namespace sv-export-1 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-1 link add eth0 type veth peer name eth0-p
run ip -n sv-export-1 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-1 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-1 link add wg0 type veth peer name wg0-p
run ip -n sv-export-1 link set dev wg0 address 02:00:00:00:00:05
run ip -n sv-export-1 link set dev wg0-p address 02:00:00:00:00:04
run ip -n sv-export-1 link set eth0 up
run ip -n sv-export-1 link set eth0-p up
run ip -n sv-export-1 link set wg0 up
run ip -n sv-export-1 link set wg0-p up
run ip -n sv-export-1 addr add 192.168.1.10/24 dev eth0
run ip -n sv-export-1 addr add 10.66.66.2/32 dev wg0
run ip netns exec sv-export-1 sysctl -w net.ipv4.conf.all.src_valid_mark=1
settle
run ip -n sv-export-1 route add default dev wg0 table 51820 scope link
settle
run ip -n sv-export-1 route add default via 192.168.1.1 dev eth0
settle
run ip -n sv-export-1 rule add from all lookup main suppress_prefixlength 0 pref 32764
settle
run ip -n sv-export-1 rule add not from all fwmark 0xca6c lookup 51820 pref 32765
echo "Namespace sv-export-1 is ready. Try: ip -n sv-export-1 rule show; ip -n sv-export-1 route show table all"
echo "Remove it with: ip netns del sv-export-1; rm -rf /etc/netns/sv-export-1"
