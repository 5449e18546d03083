#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-9" (run as root).
# Remove it afterwards with: ip netns del sv-export-9; rm -rf /etc/netns/sv-export-9
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-9; rm -rf /etc/netns/sv-export-9" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-9 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-9 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-9 || { echo "rpdb export: cannot create the namespace sv-export-9 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-9 link add eth0 type veth peer name eth0-p
run ip -n sv-export-9 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-9 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-9 link set eth0 up
run ip -n sv-export-9 link set eth0-p up
run ip -n sv-export-9 addr add 10.0.0.2/24 dev eth0
settle
run ip -n sv-export-9 route add default via 10.0.0.1 dev eth0
settle
run ip -n sv-export-9 route add blackhole 192.0.2.0/24
settle
run ip -n sv-export-9 route add unreachable 198.51.100.0/24
settle
run ip -n sv-export-9 route add prohibit 203.0.113.0/24
settle
run ip -n sv-export-9 rule add from all to 10.99.0.0/16 unreachable pref 100
settle
run ip -n sv-export-9 rule add from all to 10.98.0.0/16 prohibit pref 101
echo "Namespace sv-export-9 is ready. Try: ip -n sv-export-9 rule show; ip -n sv-export-9 route show table all"
echo "Remove it with: ip netns del sv-export-9; rm -rf /etc/netns/sv-export-9"
