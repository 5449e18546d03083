#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-13" (run as root).
# Remove it afterwards with: ip netns del sv-export-13; rm -rf /etc/netns/sv-export-13
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-13; rm -rf /etc/netns/sv-export-13" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-13 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-13 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-13 || { echo "rpdb export: cannot create the namespace sv-export-13 (see ip netns list)" >&2; exit 1; }
echo "Namespace sv-export-13 is ready. Try: ip -n sv-export-13 rule show; ip -n sv-export-13 route show table all"
echo "Remove it with: ip netns del sv-export-13; rm -rf /etc/netns/sv-export-13"
