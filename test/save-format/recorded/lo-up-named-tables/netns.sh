#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-14" (run as root).
# Remove it afterwards with: ip netns del sv-export-14; rm -rf /etc/netns/sv-export-14
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-14; rm -rf /etc/netns/sv-export-14" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-14 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-14 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-14 || { echo "rpdb export: cannot create the namespace sv-export-14 (see ip netns list)" >&2; exit 1; }
run mkdir -p /etc/netns/sv-export-14/iproute2
if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. /etc/netns/sv-export-14/iproute2/; fi
cat > /etc/netns/sv-export-14/iproute2/rt_tables <<'RPDB_EOF'
#
# reserved values
#
255	local
254	main
253	default
0	unspec
#
# local
#
#1	inr.ruhep
10 isp1
20 isp2
RPDB_EOF
run ip -n sv-export-14 link set lo up
settle
run ip -n sv-export-14 route add blackhole default table isp1
settle
run ip -n sv-export-14 route add unreachable default table isp2
settle
run ip -n sv-export-14 rule del from all lookup main proto kernel pref 32766
settle
run ip -n sv-export-14 rule add from all fwmark 0x1 lookup isp1 pref 1000
settle
run ip -n sv-export-14 rule add from all fwmark 0x2 lookup isp2 pref 1001
settle
run ip -n sv-export-14 rule add from all lookup main pref 32000
echo "Namespace sv-export-14 is ready. Try: ip -n sv-export-14 rule show; ip -n sv-export-14 route show table all"
echo "Remove it with: ip netns del sv-export-14; rm -rf /etc/netns/sv-export-14"
