#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-7" (run as root).
# Remove it afterwards with: ip netns del sv-export-7; rm -rf /etc/netns/sv-export-7
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-7; rm -rf /etc/netns/sv-export-7" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-7 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-7 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-7 || { echo "rpdb export: cannot create the namespace sv-export-7 (see ip netns list)" >&2; exit 1; }
run mkdir -p /etc/netns/sv-export-7/iproute2
if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. /etc/netns/sv-export-7/iproute2/; fi
cat > /etc/netns/sv-export-7/iproute2/rt_tables <<'RPDB_EOF'
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
1 T1
2 T2
RPDB_EOF
run ip -n sv-export-7 link add eth1 type veth peer name eth1-p
run ip -n sv-export-7 link set dev eth1 address 02:00:00:00:00:03
run ip -n sv-export-7 link set dev eth1-p address 02:00:00:00:00:02
run ip -n sv-export-7 link add eth2 type veth peer name eth2-p
run ip -n sv-export-7 link set dev eth2 address 02:00:00:00:00:05
run ip -n sv-export-7 link set dev eth2-p address 02:00:00:00:00:04
run ip -n sv-export-7 link set eth1 up
run ip -n sv-export-7 link set eth1-p up
run ip -n sv-export-7 link set eth2 up
run ip -n sv-export-7 link set eth2-p up
run ip -n sv-export-7 addr add 198.51.100.2/24 dev eth1
run ip -n sv-export-7 addr add 203.0.113.2/24 dev eth2
settle
run ip -n sv-export-7 route add default via 198.51.100.1 dev eth1 table T1
settle
run ip -n sv-export-7 route add 198.51.100.0/24 dev eth1 table T1 scope link src 198.51.100.2
settle
run ip -n sv-export-7 route add default via 203.0.113.1 dev eth2 table T2
settle
run ip -n sv-export-7 route add 203.0.113.0/24 dev eth2 table T2 scope link src 203.0.113.2
settle
run ip -n sv-export-7 route add default via 198.51.100.1 dev eth1
settle
run ip -n sv-export-7 rule add from 203.0.113.2 lookup T2 pref 32764
settle
run ip -n sv-export-7 rule add from 198.51.100.2 lookup T1 pref 32765
echo "Namespace sv-export-7 is ready. Try: ip -n sv-export-7 rule show; ip -n sv-export-7 route show table all"
echo "Remove it with: ip netns del sv-export-7; rm -rf /etc/netns/sv-export-7"
