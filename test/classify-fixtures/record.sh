#!/usr/bin/env bash
# Records the classify fixtures: real traffic through a namespace built by scenario.sh, captured
# by tcpdump (Ethernet, LINUX_SLL, LINUX_SLL2, NFLOG) and dumpcap (pcapng, two interfaces), then
# every packet's `ip route get` query (as `rpdb classify --json` builds it) asked of the same
# kernel in the same namespace right after the traffic. F.kernel.jsonl holds, per packet, the
# query and the kernel's status/stdout/stderr; src/cli/classify-fixtures.test.ts replays them.
#
# Run as root from the repository: bash test/classify-fixtures/record.sh [SCENARIO]
# (SCENARIO: scenario.sh, the default, scenario-mangle.sh or scenario-icmp.sh; each records the
# fixtures that fixtures.json lists for it; SCENARIO's extra traffic, if any, is in
# SCENARIO-traffic.sh. RECORD_NS names the namespace, cl-rec by default.)
# Needs: iproute2, tcpdump, dumpcap (wireshark-common), iptables/ip6tables with NFLOG, ping,
# python3, setpriv, and the repository's npm dependencies (tsx).
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=$(command -v /usr/bin/python3 || command -v python3)
T="$PY $HERE/traffic.py"
NS=${RECORD_NS:-cl-rec}
SCENARIO=${1:-scenario.sh}
W=$(mktemp -d)
chmod 755 "$W"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$W"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] || { echo "record.sh: run as root" >&2; exit 1; }
nsx() { ip netns exec "$NS" "$@"; }

# 1. The scenario, line by line, exactly as `rpdb classify` runs it.
ip netns add "$NS"
while IFS= read -r line; do
  case "$line" in '' | '#'*) continue ;; esac
  nsx sh -c "$line" >/dev/null
done <"$HERE/$SCENARIO"
# Not part of the scenario (no routing decision depends on them): neighbours with MAC addresses
# nobody has, so packets leave at once and the peers drop them as PACKET_OTHERHOST; ping for all;
# NFLOG rules for nflog.pcap (they log, they do not mark; appended after the scenario's own).
for n in "192.0.2.254 wan0" "198.51.100.254 wan1" "2001:db8:a::fe wan0" "2001:db8:b::fe wan1" \
  "10.9.0.7 lan0" "10.9.0.130 lan0" "10.9.0.66 lan0" "fd09::7 lan0" "fd09::99 lan0"; do
  set -- $n
  nsx ip neigh replace "$1" lladdr 02:00:00:00:ee:01 dev "$2" nud permanent
done
nsx sysctl -qw net.ipv4.ping_group_range="0 2147483647"
for t in iptables ip6tables; do
  nsx $t -t mangle -A PREROUTING -i lan0 -j NFLOG --nflog-group 9 --nflog-prefix cl-in
  nsx $t -t mangle -A OUTPUT -j NFLOG --nflog-group 9 --nflog-prefix cl-out
done
sleep 2

# 2. Captures, all at once over the same traffic.
capture() {
  local name=$1
  shift
  ip netns exec "$NS" tcpdump -U --immediate-mode -n -s 0 -w "$W/$name" "$@" 2>"$W/$name.log" &
  PIDS+=($!)
  for _ in $(seq 50); do grep -q listening "$W/$name.log" 2>/dev/null && break; sleep 0.1; done
}
LAN='src net 10.9.0.0/24 or src net fd09::/64'
capture any-sll2.pcap -i any
capture any-sll.pcap -i any -y LINUX_SLL "(inbound and ($LAN)) or (outbound and (src host 198.51.100.1 or src host 2001:db8:b::1))"
capture lan-in.pcap -i lan0 -Q in
capture wan1-out.pcap -i wan1 -Q out "not ($LAN)"
capture nflog.pcap -i nflog:9
ip netns exec "$NS" dumpcap -q -i wan0 -f "outbound and not ($LAN)" -i lan0 -f inbound -w "$W/multi.pcapng" 2>"$W/dumpcap.log" &
DC=$!
PIDS+=($DC)
sleep 2

# 3. Traffic. The host's own: main (wan0), SO_MARK 1 (wan1; only NFLOG sees that mark, so it goes
# to 9.9.9.9 / 2001:db8:99::9, which the egress test leaves out), DNS to 203.0.113.0/24 (wan1),
# prohibit (no packet), TOS, a bound source, uid 1234.
nsx ping -c 1 -W 0.2 8.8.8.8 >/dev/null || true
nsx ping -c 1 -W 0.2 -Q 0x28 8.8.4.4 >/dev/null || true
nsx ping -c 1 -W 0.2 -I 198.51.100.1 8.8.8.8 >/dev/null || true
nsx ping -c 1 -W 0.2 -m 1 9.9.9.9 >/dev/null || true
nsx $T udp 203.0.113.5 53
nsx $T udp 203.0.113.5 123 0 0x48
nsx $T udp 203.0.113.66 53 || true
nsx $T udp 9.9.9.9 53 1
nsx setpriv --reuid=1234 --regid=1234 --clear-groups $T udp 8.8.8.8 443
nsx $T tcp 198.18.0.1 443
nsx $T tcp 9.9.9.9 80 1
nsx ping -6 -c 1 -W 0.2 2001:db8:ff::1 >/dev/null || true
nsx $T udp 2001:db8:ff::1 53 0 0xb8
nsx $T udp 2001:db8:99::9 53 1
nsx $T tcp 2001:db8:ff::2 443
# Arriving from the LAN (injected on lan0p, received by lan0): forwarded by main, by rule 200
# (upper half), by rule 300 (DNS), refused by prohibit and blackhole, local, fragments, TOS, IPv6.
L='lan0p 02:00:00:00:00:06 02:00:00:00:00:07'
nsx $T inject $L 10.9.0.7 8.8.8.8 udp 53
nsx $T inject $L 10.9.0.130 8.8.8.8 udp 53
nsx $T inject $L 10.9.0.7 203.0.113.9 tcp 25
nsx $T inject $L 10.9.0.7 203.0.113.5 udp 53
nsx $T inject $L 10.9.0.7 203.0.113.66 udp 53
nsx $T inject $L 10.9.0.66 8.8.8.8 udp 53
nsx $T inject $L 10.9.0.7 10.9.0.1 icmp 0
nsx $T inject $L 10.9.0.7 8.8.8.8 udp 5001 0 frag
nsx $T inject $L 10.9.0.130 8.8.4.4 tcp 80 0x48
nsx $T inject $L fd09::7 2001:db8:ff::1 udp 53
nsx $T inject $L fd09::99 2001:db8:ff::1 tcp 443
nsx $T inject $L fd09::7 fd09::1 icmp 0
# The scenario's own traffic, if any (sourced: it uses nsx, $T and $L).
EXTRA="$HERE/${SCENARIO%.sh}-traffic.sh"
if [ -f "$EXTRA" ]; then . "$EXTRA"; fi
sleep 1
for p in "${PIDS[@]}"; do kill -INT "$p" 2>/dev/null || true; done
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

# 4. Every packet's query, asked of the kernel in the namespace as it stands after the traffic.
cd "$ROOT"
while IFS=$'\t' read -r file capture args; do
  cp "$W/$capture" "$HERE/$file"
  # shellcheck disable=SC2086
  npx tsx "$HERE/classify-json.ts" "$HERE/$SCENARIO" "$HERE/$file" $args 2>/dev/null |
    $PY "$HERE/ask-kernel.py" "$NS" "$HERE/$file.kernel.jsonl"
done < <($PY -c 'import json,sys; [print(f["file"], f["capture"], " ".join(f["args"]), sep="\t") for f in json.load(open(sys.argv[1])) if f["scenario"] == sys.argv[2]]' "$HERE/fixtures.json" "$SCENARIO")
chmod 644 "$HERE"/*.pcap "$HERE"/*.pcapng "$HERE"/*.jsonl
du -ch "$HERE"/*.pcap "$HERE"/*.pcapng | tail -1
echo "record.sh: fixtures written to $HERE"
