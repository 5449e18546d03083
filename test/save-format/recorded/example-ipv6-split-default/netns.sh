#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-12" (run as root).
# Remove it afterwards with: ip netns del sv-export-12; rm -rf /etc/netns/sv-export-12
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-12; rm -rf /etc/netns/sv-export-12" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-12 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-12 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-12 || { echo "rpdb export: cannot create the namespace sv-export-12 (see ip netns list)" >&2; exit 1; }
run ip -n sv-export-12 link add eth0 type veth peer name eth0-p
run ip -n sv-export-12 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-12 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-12 link add wg0 type veth peer name wg0-p
run ip -n sv-export-12 link set dev wg0 address 02:00:00:00:00:05
run ip -n sv-export-12 link set dev wg0-p address 02:00:00:00:00:04
run ip -n sv-export-12 link set eth0 up
run ip -n sv-export-12 link set eth0-p up
run ip -n sv-export-12 link set wg0 up
run ip -n sv-export-12 link set wg0-p up
run ip -n sv-export-12 -6 addr add 2001:db8:1::2/64 dev eth0 nodad
run ip -n sv-export-12 -6 addr add fd00:66::2/128 dev wg0 nodad
settle
run ip -n sv-export-12 -6 route add ::/1 dev wg0 metric 1024 pref medium
settle
run ip -n sv-export-12 -6 route add 8000::/1 dev wg0 metric 1024 pref medium
settle
run ip -n sv-export-12 -6 route add default via 2001:db8:1::1 dev eth0 metric 1024 pref medium
settle
run ip -n sv-export-12 -6 rule add from all lookup main suppress_prefixlength 0 pref 32765
echo "Namespace sv-export-12 is ready. Try: ip -n sv-export-12 rule show; ip -n sv-export-12 route show table all"
echo "Remove it with: ip netns del sv-export-12; rm -rf /etc/netns/sv-export-12"
