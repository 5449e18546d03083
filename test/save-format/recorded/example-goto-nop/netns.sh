#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-10" (run as root).
# Remove it afterwards with: ip netns del sv-export-10; rm -rf /etc/netns/sv-export-10
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-10; rm -rf /etc/netns/sv-export-10" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-10 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-10 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-10 || { echo "rpdb export: cannot create the namespace sv-export-10 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-10 link add eth0 type veth peer name eth0-p
run ip -n sv-export-10 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-10 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-10 link add vpn0 type veth peer name vpn0-p
run ip -n sv-export-10 link set dev vpn0 address 02:00:00:00:00:05
run ip -n sv-export-10 link set dev vpn0-p address 02:00:00:00:00:04
run ip -n sv-export-10 link set eth0 up
run ip -n sv-export-10 link set eth0-p up
run ip -n sv-export-10 link set vpn0 up
run ip -n sv-export-10 link set vpn0-p up
run ip -n sv-export-10 addr add 10.0.0.2/24 dev eth0
run ip -n sv-export-10 addr add 10.1.0.2/24 dev vpn0
settle
run ip -n sv-export-10 route add default via 10.1.0.1 dev vpn0 table 10
settle
run ip -n sv-export-10 route add default via 10.0.0.1 dev eth0
settle
run ip -n sv-export-10 rule add from all goto 40000 pref 90
settle
run ip -n sv-export-10 rule add from all fwmark 0x1 goto 32766 pref 100
settle
run ip -n sv-export-10 rule add from all nop pref 105
settle
run ip -n sv-export-10 rule add from all lookup 10 pref 110
echo "Namespace sv-export-10 is ready. Try: ip -n sv-export-10 rule show; ip -n sv-export-10 route show table all"
echo "Remove it with: ip netns del sv-export-10; rm -rf /etc/netns/sv-export-10"
