#!/bin/sh
# RPDB Lab scenario, applied inside the network namespace "sv-export-16" (run as root).
# Remove it afterwards with: ip netns del sv-export-16; rm -rf /etc/netns/sv-export-16
set -e
run() {
  "$@" || {
    status=$?
    echo "rpdb export: failed (status $status): $*" >&2
    echo "rpdb export: remove what was built with: ip netns del sv-export-16; rm -rf /etc/netns/sv-export-16" >&2
    exit 1
  }
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -n sv-export-16 -6 addr show tentative | grep -q inet6 || ! ip -n sv-export-16 -o link show | awk '
    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0
      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }
      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
ip netns add sv-export-16 || { echo "rpdb export: cannot create the namespace sv-export-16 (see ip netns list)" >&2; exit 1; }
run mkdir -p /etc/netns/sv-export-16/iproute2
if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. /etc/netns/sv-export-16/iproute2/; fi
cat > /etc/netns/sv-export-16/iproute2/rt_tables <<'RPDB_EOF'
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
100 vpn
RPDB_EOF
run ip -n sv-export-16 link add eth0 type veth peer name eth0-p
run ip -n sv-export-16 link set dev eth0 address 02:00:00:00:00:03
run ip -n sv-export-16 link set dev eth0-p address 02:00:00:00:00:02
run ip -n sv-export-16 link set eth0 up
run ip -n sv-export-16 link set eth0-p up
run ip -n sv-export-16 -6 addr add 2001:db8::1/64 dev eth0 nodad
run ip -n sv-export-16 addr add 192.0.2.1/24 dev eth0
settle
run ip -n sv-export-16 rule del from all lookup default proto kernel pref 32767
settle
run ip -n sv-export-16 rule add from 10.1.1.1 lookup vpn pref 99
settle
run ip -n sv-export-16 rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 lookup vpn pref 100
settle
run ip -n sv-export-16 rule add not from all fwmark 0x10/0xff iif eth0 lookup 200 pref 110
settle
run ip -n sv-export-16 rule add from all oif eth0 uidrange 1000-2000 lookup 300 pref 120
settle
run ip -n sv-export-16 rule add from all ipproto tcp sport 1000-2000 dport 443 lookup 300 pref 130
settle
run ip -n sv-export-16 rule add from all ipproto tcp sport 80 dport 443 lookup 5 pref 135
settle
run ip -n sv-export-16 rule add from all lookup main suppress_prefixlength 0 pref 140
settle
run ip -n sv-export-16 rule add from all lookup main suppress_ifgroup 5 pref 150
settle
run ip -n sv-export-16 rule add from all goto 170 pref 160
settle
run ip -n sv-export-16 rule add from all nop pref 170
settle
run ip -n sv-export-16 rule add from 198.51.100.0/24 blackhole pref 180
settle
run ip -n sv-export-16 rule add from all to 203.0.113.0/24 unreachable pref 190
settle
run ip -n sv-export-16 rule add from all iif missing0 prohibit pref 200
settle
run ip -n sv-export-16 rule add from all lookup vpn realms 3/4 pref 210
settle
run ip -n sv-export-16 rule add from all tun_id 77 lookup vpn pref 220
settle
run ip -n sv-export-16 rule add from all fwmark 0xca6c lookup 51820 proto static pref 230
settle
run ip -n sv-export-16 rule add from all lookup 4000000 pref 240
settle
run ip -n sv-export-16 rule add from all goto 32766 pref 250
settle
run ip -n sv-export-16 -6 rule add from all iif lo uidrange 0-999 lookup 300 pref 99
settle
run ip -n sv-export-16 -6 rule add from 2001:db8::/32 lookup vpn pref 100
settle
run ip -n sv-export-16 -6 rule add not from all to 2001:db8:1::/48 fwmark 0x1 lookup 200 pref 110
settle
run ip -n sv-export-16 -6 rule add from all oif eth0 ipproto udp dport 53 prohibit pref 120
settle
run ip -n sv-export-16 -6 rule add from all lookup main suppress_prefixlength 0 pref 130
echo "Namespace sv-export-16 is ready. Try: ip -n sv-export-16 rule show; ip -n sv-export-16 route show table all"
echo "Remove it with: ip netns del sv-export-16; rm -rf /etc/netns/sv-export-16"
