#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-5" (run as root).
# Remove it afterwards with: ip netns del sv-export-5; rm -rf /etc/netns/sv-export-5
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-5; rm -rf /etc/netns/sv-export-5" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-5 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-5 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-5 || { echo "rpdb export: cannot create the namespace sv-export-5 (see ip netns list)" >&2; exit 1; }
run mkdir -p /etc/netns/sv-export-5/iproute2
if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. /etc/netns/sv-export-5/iproute2/; fi
cat > /etc/netns/sv-export-5/iproute2/rt_tables <<'RPDB_EOF'
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
98 legacy_system
97 local_network
1003 wlan0
1004 tun0
RPDB_EOF
run ip -n sv-export-5 link add wlan0 type veth peer name wlan0-p
run ip -n sv-export-5 link set dev wlan0 address 02:00:00:00:00:03
run ip -n sv-export-5 link set dev wlan0-p address 02:00:00:00:00:02
run ip -n sv-export-5 link add tun0 type veth peer name tun0-p
run ip -n sv-export-5 link set dev tun0 address 02:00:00:00:00:05
run ip -n sv-export-5 link set dev tun0-p address 02:00:00:00:00:04
run ip -n sv-export-5 link set wlan0 up
run ip -n sv-export-5 link set wlan0-p up
run ip -n sv-export-5 link set tun0 up
run ip -n sv-export-5 link set tun0-p up
run ip -n sv-export-5 addr add 192.168.1.23/24 dev wlan0
run ip -n sv-export-5 addr add 10.8.0.2/24 dev tun0
settle
run ip -n sv-export-5 route add default via 192.168.1.1 dev wlan0 table wlan0
settle
run ip -n sv-export-5 route add 192.168.1.0/24 dev wlan0 table wlan0 scope link
settle
run ip -n sv-export-5 route add default dev tun0 table tun0 scope link
settle
run ip -n sv-export-5 rule add from all fwmark 0xc0000/0xd0000 lookup legacy_system pref 10000
settle
run ip -n sv-export-5 rule add from all iif lo oif wlan0 uidrange 0-0 lookup wlan0 pref 10500
settle
run ip -n sv-export-5 rule add from all iif tun0 lookup local_network pref 11000
settle
run ip -n sv-export-5 rule add from all fwmark 0/0x20000 iif lo uidrange 10086-10086 lookup tun0 pref 12000
settle
run ip -n sv-export-5 rule add from all fwmark 0x10065/0x1ffff iif lo lookup wlan0 pref 13000
settle
run ip -n sv-export-5 rule add from all iif lo oif wlan0 lookup wlan0 pref 14000
settle
run ip -n sv-export-5 rule add from all fwmark 0/0x10000 lookup legacy_system pref 15000
settle
run ip -n sv-export-5 rule add from all fwmark 0/0xffff iif lo lookup wlan0 pref 22000
settle
run ip -n sv-export-5 rule add from all unreachable pref 32000
echo "Namespace sv-export-5 is ready. Try: ip -n sv-export-5 rule show; ip -n sv-export-5 route show table all"
echo "Remove it with: ip netns del sv-export-5; rm -rf /etc/netns/sv-export-5"
