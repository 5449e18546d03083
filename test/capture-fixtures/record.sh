#!/usr/bin/env bash
# Records the capture fixtures of src/capture with real tools, and tshark's own decode of each
# into F.expected.tsv (the tests compare the decoder with these, field by field).
#
# Run as root from anywhere: bash test/capture-fixtures/record.sh
# Needs (installs nothing itself): iproute2 (ip netns, veth, tuntap), iputils-ping, tcpdump,
# tshark + dumpcap + editcap (Debian: tshark, wireshark-common), iptables with the NFLOG and MARK
# targets, netcat-openbsd, python3, setpriv (util-linux), a kernel with network namespaces, veth,
# tun and NFLOG. On Debian: DEBIAN_FRONTEND=noninteractive apt-get install -y tcpdump tshark
# iptables netcat-openbsd iputils-ping iproute2 python3
#
# What is not a plain capture (the kernel or the tools here cannot make it; see record-helper.py):
#  - vlan.pcap: this kernel has no CONFIG_VLAN_8021Q nor CONFIG_NET_ACT_VLAN, so `ip link ... type
#    vlan` fails; the tagged frames are composed by record-helper.py, sent through an AF_PACKET
#    socket and captured by tcpdump on the veth peer.
#  - be.pcap: no installed tool writes big-endian pcap (editcap writes host order); the file and
#    record headers of eth.pcap are rewritten big-endian, packet bytes untouched.
#  - null-*.pcap, loop.pcap: LINKTYPE_NULL/LOOP come from BSD kernels only, and editcap -T only
#    relabels; the tun capture's packets get a composed 4-byte family word.
#  - sections.pcapng: dumpcap writes EPBs in host order only; its sections are re-framed as a
#    big-endian section, a section of SPBs and one of obsolete PBs, plus an unknown block.
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "$0")" && pwd)
PY=$(command -v /usr/bin/python3 || command -v python3)
H="$PY $HERE/record-helper.py"
W=$(mktemp -d)
chmod 755 "$W"
A=rpdbcap-a
B=rpdbcap-b
PIDS=()

cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  ip netns del "$A" 2>/dev/null || true
  ip netns del "$B" 2>/dev/null || true
  rm -rf "$W"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "record.sh: run as root" >&2; exit 1; }
for t in ip tcpdump tshark dumpcap editcap iptables ip6tables nc python3 ping setpriv; do
  command -v "$t" >/dev/null || { echo "record.sh: needs $t" >&2; exit 1; }
done

inA() { ip netns exec "$A" "$@"; }
inB() { ip netns exec "$B" "$@"; }

# Two namespaces joined by two veth pairs with fixed addresses, so the fixtures are stable.
ip netns add "$A"
ip netns add "$B"
ip link add a0 netns "$A" address 02:00:00:00:0a:00 type veth peer name b0 netns "$B" address 02:00:00:00:0b:00
ip link add a1 netns "$A" address 02:00:00:00:0a:01 type veth peer name b1 netns "$B" address 02:00:00:00:0b:01
for ns in "$A" "$B"; do
  ip -n "$ns" link set lo up
  ip netns exec "$ns" sysctl -qw net.ipv4.ping_group_range="0 2147483647"
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
done
inA sysctl -qw net.ipv6.conf.a0.accept_dad=0 net.ipv6.conf.a1.accept_dad=0
inB sysctl -qw net.ipv6.conf.b0.accept_dad=0 net.ipv6.conf.b1.accept_dad=0
ip -n "$A" addr add 10.77.1.1/24 dev a0
ip -n "$B" addr add 10.77.1.2/24 dev b0
ip -n "$A" addr add 10.77.2.1/24 dev a1
ip -n "$B" addr add 10.77.2.2/24 dev b1
ip -n "$A" -6 addr add fd77:1::1/64 dev a0 nodad
ip -n "$B" -6 addr add fd77:1::2/64 dev b0 nodad
ip -n "$A" -6 addr add fd77:2::1/64 dev a1 nodad
ip -n "$B" -6 addr add fd77:2::2/64 dev b1 nodad
for l in a0 a1; do ip -n "$A" link set "$l" up; done
for l in b0 b1; do ip -n "$B" link set "$l" up; done
sleep 1

# Listeners in B: TCP on 8080 (IPv4 and IPv6), UDP sinks need none (ICMP port unreachable is fine).
ip netns exec "$B" nc -l -k 8080 >/dev/null 2>&1 &
PIDS+=($!)
ip netns exec "$B" nc -6 -l -k 8080 >/dev/null 2>&1 &
PIDS+=($!)
sleep 0.5

# The traffic every capture sees: ICMP, ping -R (IP options), TOS, UDP, a fragmented UDP
# datagram, UDP-Lite, TCP, and the IPv6 versions with extension headers; part of it as uid 1234.
traffic() {
  local v4=$1 v6=$2
  inA ping -c 1 -W 1 "$v4" >/dev/null || true
  inA ping -c 1 -W 1 -R "$v4" >/dev/null || true
  inA ping -c 1 -W 1 -Q 0x28 "$v4" >/dev/null || true
  inA setpriv --reuid=1234 --regid=1234 --clear-groups $H udp "$v4" 5353 32 0x48
  inA $H udp "$v4" 5354 3000
  inA $H udplite "$v4" 5355 || true
  inA setpriv --reuid=1234 --regid=1234 --clear-groups $H tcp "$v4" 8080 || true
  inA ping -6 -c 1 -W 1 "$v6" >/dev/null || true
  inA $H udp "$v6" 5356 40 0xb8
  inA $H udp "$v6" 5357 3000
  inA $H udp6opts "$v6" 5358
  inA $H tcp "$v6" 8080 || true
  sleep 0.5
}

# capture NAME NS -- tcpdump args: starts tcpdump in NS writing $W/NAME, waits until it listens.
capture() {
  local name=$1 ns=$2
  shift 3
  ip netns exec "$ns" tcpdump -U --immediate-mode -n -s 0 -w "$W/$name" "$@" 2>"$W/$name.log" &
  CAP=$!
  PIDS+=($CAP)
  for _ in $(seq 50); do grep -q listening "$W/$name.log" 2>/dev/null && break; sleep 0.1; done
}
stop() { sleep 1; kill -INT "$CAP"; wait "$CAP" 2>/dev/null || true; }

# 1. Ethernet on a veth, microsecond and nanosecond timestamps.
ip -n "$A" neigh flush dev a0 || true
capture eth.pcap "$A" -- -i a0
traffic 10.77.1.2 fd77:1::2
stop
capture nano.pcap "$A" -- -i a0 --time-stamp-precision=nano
inA ping -c 2 -i 0.2 -W 1 10.77.1.2 >/dev/null
inA $H udp 10.77.1.2 6000 10
stop

# 2. The "any" device: Linux cooked v1 and v2 (SLL2 carries ifindex and packet type).
capture sll2.pcap "$A" -- -i any -y LINUX_SLL2
traffic 10.77.2.2 fd77:2::2
stop
capture sll.pcap "$A" -- -i any -y LINUX_SLL
traffic 10.77.1.2 fd77:1::2
stop

# 3. NFLOG: mangle OUTPUT marks 7 then logs to group 5; INPUT logs too (hook 1, indev).
for t in iptables ip6tables; do
  inA $t -t mangle -A OUTPUT -j MARK --set-mark 7
  inA $t -t mangle -A OUTPUT -j NFLOG --nflog-group 5 --nflog-prefix rpdb-out
  inA $t -t mangle -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix rpdb-in
done
capture nflog.pcap "$A" -- -i nflog:5
traffic 10.77.1.2 fd77:1::2
stop
for t in iptables ip6tables; do inA $t -t mangle -F; done

# 4. Raw IP from a tun device (LINKTYPE_RAW 101), then relabelled IPv4-only / IPv6-only copies
#    (LINKTYPE_IPV4 228, LINKTYPE_IPV6 229) by editcap, and NULL/LOOP copies (see the header).
ip netns exec "$A" $H tun tun7 6 &
PIDS+=($!)
sleep 0.5
ip -n "$A" addr add 10.78.0.1/24 dev tun7
ip -n "$A" -6 addr add fd78::1/64 dev tun7 nodad
ip -n "$A" link set tun7 up
sleep 0.3
capture raw.pcap "$A" -- -i tun7
inA ping -c 2 -i 0.2 -W 1 10.78.0.2 >/dev/null || true
inA $H udp 10.78.0.2 7000 20 0x20
inA ping -6 -c 2 -i 0.2 -W 1 fd78::2 >/dev/null || true
inA $H udp fd78::2 7001 20
stop
tshark -r "$W/raw.pcap" -Y ip -w "$W/raw4-src.pcap" -F pcap
tshark -r "$W/raw.pcap" -Y ipv6 -w "$W/raw6-src.pcap" -F pcap
editcap -F pcap -T rawip4 "$W/raw4-src.pcap" "$W/rawip4.pcap"
editcap -F pcap -T rawip6 "$W/raw6-src.pcap" "$W/rawip6.pcap"
$H null-pcap "$W/raw.pcap" "$W/null-le.pcap" 0 le
$H null-pcap "$W/raw.pcap" "$W/null-be.pcap" 0 be
$H null-pcap "$W/raw.pcap" "$W/loop.pcap" 108 le
$H swap-pcap "$W/eth.pcap" "$W/be.pcap"

# 5. VLAN and QinQ frames (see the header), captured on the receiving veth.
capture vlan.pcap "$B" -- -i b0 -e vlan or 'ether proto 0x88a8'
inA $H vlan a0 02:00:00:00:0a:00 02:00:00:00:0b:00
stop

# 6. pcapng from dumpcap on two interfaces with a capture comment, a packet comment by editcap,
#    and a nanosecond single-interface capture for the re-framed sections.
ip netns exec "$A" dumpcap -q -a duration:6 -i a0 -i a1 --capture-comment "rpdb-lab fixture" -w "$W/multi-raw.pcapng" 2>"$W/dumpcap.log" &
DC=$!
PIDS+=($DC)
sleep 2
inA ping -c 1 -W 1 10.77.1.2 >/dev/null || true
inA ping -c 1 -W 1 10.77.2.2 >/dev/null || true
inA $H udp fd77:2::2 5400 10
inA $H tcp 10.77.1.2 8080 || true
sleep 1
kill -INT "$DC"
wait "$DC" 2>/dev/null || true
editcap -a "1:first packet of the fixture" -a "3:third packet" "$W/multi-raw.pcapng" "$W/multi.pcapng"
ip netns exec "$A" dumpcap -q -a duration:5 -i a1 --time-stamp-type=adapter_unsynced -w "$W/one-raw.pcapng" 2>>"$W/dumpcap.log" &
DC=$!
PIDS+=($DC)
sleep 2
inA ping -c 2 -i 0.2 -W 1 10.77.2.2 >/dev/null || true
sleep 0.5
kill -INT "$DC"
wait "$DC" 2>/dev/null || true
$H pcapng-sections "$W/sections.pcapng" "$W/multi.pcapng:le:epb" "$W/one-raw.pcapng:be:epb:unknown" \
  "$W/one-raw.pcapng:le:spb" "$W/one-raw.pcapng:be:pb"

# tshark's decode of every fixture, the expected values of the agreement test. Reassembly is off
# so that each frame shows what that one packet carries, as the kernel's routing lookup sees it.
FIELDS=(frame.number frame.time_epoch frame.len frame.cap_len frame.interface_id
  frame.interface_name frame.interface_description frame.comment sll.pkttype sll.ifindex
  vlan.id eth.type null.family nflog.family nflog.res_id nflog.hook nflog.prefix nflog.uid
  nflog.gid nflog.ifindex_indev nflog.ifindex_outdev nflog.tlv_type nflog.tlv
  ip.src ip.dst ip.proto ip.dsfield ip.flags.mf ip.frag_offset ipv6.src ipv6.dst ipv6.flow
  ipv6.nxt ipv6.hopopts.nxt ipv6.routing.nxt ipv6.dstopts.nxt ipv6.fraghdr.nxt ipv6.fraghdr.offset
  ipv6.fraghdr.more ipv6.tclass tcp.srcport tcp.dstport udp.srcport udp.dstport
  icmp.type icmp.code icmpv6.type icmpv6.code arp.opcode)
ARGS=()
for f in "${FIELDS[@]}"; do ARGS+=(-e "$f"); done
for f in eth nano be sll2 sll nflog raw rawip4 rawip6 null-le null-be loop vlan; do
  cp "$W/$f.pcap" "$HERE/$f.pcap"
done
for f in multi sections; do cp "$W/$f.pcapng" "$HERE/$f.pcapng"; done
for f in "$HERE"/*.pcap "$HERE"/*.pcapng; do
  tshark -r "$f" -n -o ip.defragment:FALSE -o ipv6.defragment:FALSE -o udp.try_heuristic_first:FALSE \
    -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, "${ARGS[@]}" \
    >"$f.expected.tsv"
done
chmod 644 "$HERE"/*.pcap "$HERE"/*.pcapng "$HERE"/*.tsv
du -ch "$HERE"/*.pcap "$HERE"/*.pcapng | tail -1
echo "record.sh: fixtures written to $HERE"
