#!/bin/sh
# rpdb-snapshot: collects what RPDB Lab needs to rebuild this machine's policy routing into one
# text file (standard output): links, addresses, rules, routes of every table, the routing
# sysctls and the /etc/iproute2 table names. Needs only iproute2 and sysctl; reads, never writes.
# Usage: sh rpdb-snapshot.sh > snapshot.txt   (then: rpdb import snapshot.txt, or rpdb run snapshot.txt)
# Each section starts with a header line "### rpdb-snapshot v1: COMMAND" naming the command whose
# output follows.
LC_ALL=C
export LC_ALL

section() {
  printf '### rpdb-snapshot v1: %s\n' "$*"
  "$@" 2>&1
}

printf '### rpdb-snapshot v1\n'
printf '# taken %s on %s, %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ 2>/dev/null)" "$(uname -r 2>/dev/null)" "$(ip -V 2>&1)"
# Table names: /etc/iproute2, and the distribution defaults newer iproute2 versions also read.
for f in /etc/iproute2/rt_tables /etc/iproute2/rt_tables.d/*.conf /usr/share/iproute2/rt_tables.d/*.conf /usr/lib/iproute2/rt_tables.d/*.conf; do
  [ -r "$f" ] && section cat "$f"
done
section ip -d link show
section ip addr show
section ip rule show
section ip -6 rule show
section ip route show table all
section ip -6 route show table all
printf '### rpdb-snapshot v1: sysctl -a\n'
sysctl -a 2>/dev/null | grep -E '^net\.ipv4\.(ip_forward|ip_nonlocal_bind|fib_multipath|conf\.)|^net\.ipv6\.(fib_multipath|conf\.)'
printf '### rpdb-snapshot v1: end\n'
