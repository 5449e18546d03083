#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-0" (run as root).
# Remove it afterwards with: ip netns del sv-export-0; rm -rf /etc/netns/sv-export-0
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-0; rm -rf /etc/netns/sv-export-0" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-0 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-0 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-0 || { echo "rpdb export: cannot create the namespace sv-export-0 (see ip netns list)" >&2; exit 1; }
run mkdir -p /etc/netns/sv-export-0/iproute2
if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. /etc/netns/sv-export-0/iproute2/; fi
cat > /etc/netns/sv-export-0/iproute2/rt_tables <<'RPDB_EOF'
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
201 mail.out
RPDB_EOF
run ip -n sv-export-0 link add eth0 type veth peer name eth0-peer
run ip -n sv-export-0 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-0 link set dev eth0-peer address 02:00:00:00:00:02
run ip -n sv-export-0 link add ppp0 type veth peer name ppp0-peer
run ip -n sv-export-0 link set dev ppp0 address 02:00:00:00:00:05
run ip -n sv-export-0 link set dev ppp0-peer address 02:00:00:00:00:04
run ip -n sv-export-0 link set eth0 up
run ip -n sv-export-0 link set eth0-peer up
run ip -n sv-export-0 link set ppp0 up
run ip -n sv-export-0 link set ppp0-peer up
run ip -n sv-export-0 addr add 10.0.0.2/24 dev eth0
run ip -n sv-export-0 addr add 195.96.98.254/30 dev ppp0
settle
run ip -n sv-export-0 route add default via 195.96.98.253 dev ppp0 table mail.out
settle
run ip -n sv-export-0 route add default via 10.0.0.1 dev eth0
settle
run ip -n sv-export-0 rule add from all fwmark 0x1 lookup mail.out pref 32765
run ip netns exec sv-export-0 iptables -t mangle -A PREROUTING -i eth0 -p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff
run ip netns exec sv-export-0 iptables -t mangle -A OUTPUT -p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff
echo "Namespace sv-export-0 is ready. Try: ip -n sv-export-0 rule show; ip -n sv-export-0 route show table all"
echo "Remove it with: ip netns del sv-export-0; rm -rf /etc/netns/sv-export-0"
