#!/usr/bin/env python3
"""Helpers for record.sh: traffic the stock tools cannot make here, and the conversions no
installed tool performs. Every packet byte it writes into a fixture came from a real capture
except where a function says otherwise (the VLAN tags and the NULL/LOOP family word).

Usage: record-helper.py COMMAND ARGS...
  udp HOST PORT SIZE [TOS]          send one UDP datagram (IPv4 or IPv6 by HOST's form)
  udp6opts HOST PORT                IPv6 UDP with a hop-by-hop and a destination-options header
  udplite HOST PORT                 one UDP-Lite (IPPROTO_UDPLITE 136) datagram
  tcp HOST PORT                     TCP connect, send a line, close
  tun NAME SECONDS                  hold a tun device open (IFF_TUN|IFF_NO_PI) so it has carrier
  vlan IFACE SRCMAC DSTMAC          send 802.1Q, QinQ (802.1ad outer) and 802.1Q+IPv6 frames
  swap-pcap IN OUT                  rewrite a classic pcap in the other byte order
  null-pcap IN OUT LINKTYPE ORDER   raw-IP pcap → NULL (0) / LOOP (108) pcap, ORDER le|be
  pcapng-sections OUT IN...         concatenate pcapng files as sections, see pcapng_sections
"""
import fcntl
import os
import socket
import struct
import sys
import time


def udp(host, port, size, tos=0):
    fam = socket.AF_INET6 if ':' in host else socket.AF_INET
    s = socket.socket(fam, socket.SOCK_DGRAM)
    if tos:
        if fam == socket.AF_INET:
            s.setsockopt(socket.IPPROTO_IP, socket.IP_TOS, tos)
        else:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS, tos)
    s.sendto(b'r' * size, (host, port))


def udp6opts(host, port):
    s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    # RFC 8200 options headers: next-header and length are filled by the kernel's
    # ipv6_push_nfrag_opts; a PadN option fills the 8 bytes.
    pad = bytes([0, 0, 1, 4, 0, 0, 0, 0])
    s.setsockopt(socket.IPPROTO_IPV6, 54, pad)  # IPV6_HOPOPTS
    s.setsockopt(socket.IPPROTO_IPV6, 59, pad)  # IPV6_DSTOPTS
    s.sendto(b'opts', (host, port))


def udplite(host, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 136)
    s.sendto(b'lite', (host, port))


def tcp(host, port):
    fam = socket.AF_INET6 if ':' in host else socket.AF_INET
    s = socket.create_connection((host, port), timeout=3) if fam == socket.AF_INET else socket.socket(fam)
    if fam == socket.AF_INET6:
        s.settimeout(3)
        s.connect((host, port))
    s.sendall(b'hello\n')
    time.sleep(0.2)
    s.close()


def tun(name, seconds):
    fd = os.open('/dev/net/tun', os.O_RDWR)
    ifr = struct.pack('16sH', name.encode(), 0x0001 | 0x1000)  # IFF_TUN | IFF_NO_PI
    fcntl.ioctl(fd, 0x400454CA, ifr)  # TUNSETIFF
    end = time.time() + float(seconds)
    os.set_blocking(fd, False)
    while time.time() < end:
        try:
            os.read(fd, 65536)
        except BlockingIOError:
            time.sleep(0.05)


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def ipv4_udp(src, dst, sport, dport, payload, tos=0):
    udph = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45, tos, 20 + len(udph), 1, 0, 64, 17, 0,
                      socket.inet_aton(src), socket.inet_aton(dst))
    return hdr[:10] + struct.pack('!H', csum(hdr)) + hdr[12:] + udph


def ipv6_udp(src, dst, sport, dport, payload):
    s, d = socket.inet_pton(socket.AF_INET6, src), socket.inet_pton(socket.AF_INET6, dst)
    ln = 8 + len(payload)
    pseudo = s + d + struct.pack('!I3xB', ln, 17)
    udph = struct.pack('!HHHH', sport, dport, ln, 0) + payload
    c = csum(pseudo + udph) or 0xFFFF
    udph = udph[:6] + struct.pack('!H', c) + udph[8:]
    return struct.pack('!IHBB', (6 << 28) | (0x2e << 20) | 0x12345, ln, 17, 64) + s + d + udph


def vlan(iface, srcmac, dstmac):
    """The kernel here lacks CONFIG_VLAN_8021Q and CONFIG_NET_ACT_VLAN, so the tags are composed
    here (IEEE 802.1Q TPID 0x8100, 802.1ad TPID 0x88a8) and the frames sent by the kernel's
    AF_PACKET socket; tcpdump on the peer captures what arrived."""
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((iface, 0))
    mac = bytes.fromhex(dstmac.replace(':', '')) + bytes.fromhex(srcmac.replace(':', ''))
    v4 = ipv4_udp('10.77.10.1', '10.77.10.2', 4000, 4010, b'vlan10', tos=0x10)
    s.send(mac + struct.pack('!HHH', 0x8100, 10, 0x0800) + v4)
    q4 = ipv4_udp('10.77.20.1', '10.77.20.2', 4001, 4020, b'qinq')
    s.send(mac + struct.pack('!HHHHH', 0x88a8, (3 << 13) | 20, 0x8100, 10, 0x0800) + q4)
    v6 = ipv6_udp('fd77:10::1', 'fd77:10::2', 4002, 4030, b'vlan6')
    s.send(mac + struct.pack('!HHH', 0x8100, 10, 0x86dd) + v6)


def read_pcap(path):
    data = open(path, 'rb').read()
    magic = struct.unpack('<I', data[:4])[0]
    assert magic in (0xa1b2c3d4, 0xa1b23c4d), 'expects a little-endian pcap written on this host'
    hdr = struct.unpack('<IHHiIII', data[:24])
    recs, off = [], 24
    while off < len(data):
        ts, frac, incl, orig = struct.unpack('<IIII', data[off:off + 16])
        recs.append((ts, frac, incl, orig, data[off + 16:off + 16 + incl]))
        off += 16 + incl
    return hdr, recs


def swap_pcap(src, dst):
    """libpcap reads either order (pcap-common.c swaps); no installed tool writes the other one,
    so the header words are rewritten big-endian; packet bytes are untouched."""
    hdr, recs = read_pcap(src)
    out = [struct.pack('>IHHiIII', *hdr)]
    for ts, frac, incl, orig, data in recs:
        out.append(struct.pack('>IIII', ts, frac, incl, orig) + data)
    open(dst, 'wb').write(b''.join(out))


def null_pcap(src, dst, linktype, order):
    """LINKTYPE_NULL / LINKTYPE_LOOP come from BSD kernels only. The IP packets are the tun
    capture's; the 4-byte family word (AF_INET 2; AF_INET6 24, the NetBSD/OpenBSD value, for
    NULL and LOOP) is composed here, in host order `order` for NULL, network order for LOOP."""
    hdr, recs = read_pcap(src)
    e = '>' if order == 'be' else '<'
    out = [struct.pack(e + 'IHHiII', hdr[0], hdr[1], hdr[2], hdr[3], hdr[4], hdr[5]) +
           struct.pack(e + 'I', int(linktype))]
    for ts, frac, incl, orig, data in recs:
        af = 2 if data[0] >> 4 == 4 else 24
        word = struct.pack('>I' if int(linktype) == 108 else e + 'I', af)
        out.append(struct.pack(e + 'IIII', ts, frac, incl + 4, orig + 4) + word + data)
    open(dst, 'wb').write(b''.join(out))


def pcapng_blocks(data):
    off = 0
    while off < len(data):
        btype, blen = struct.unpack('<II', data[off:off + 8])
        yield btype, data[off + 8:off + blen - 4]
        off += blen


def block(e, btype, body):
    body += b'\0' * (-len(body) % 4)
    n = len(body) + 12
    return struct.pack(e + 'II', btype, n) + body + struct.pack(e + 'I', n)


def swap_options(body, e, int_codes):
    """Rewrites option code/length words; values of the codes in `int_codes` (code → struct
    format) are integers and are rewritten too, strings and bytes stay as they are."""
    out, off = b'', 0
    while off + 4 <= len(body):
        code, ln = struct.unpack('<HH', body[off:off + 4])
        val = body[off + 4:off + 4 + ln]
        if code in int_codes and ln == struct.calcsize(int_codes[code]):
            val = struct.pack(e + int_codes[code], *struct.unpack('<' + int_codes[code], val))
        out += struct.pack(e + 'HH', code, ln) + val + b'\0' * (-ln % 4)
        off += 4 + ln + (-ln % 4)
        if code == 0:
            break
    return out


def pcapng_section(data, order, packets):
    """One section from a little-endian pcapng written by dumpcap/editcap, re-encoded in byte
    order `order` ('<' or '>') with its packet blocks written as `packets`: 'epb' (as read),
    'spb' (Simple Packet Block, type 3) or 'pb' (obsolete Packet Block, type 2). The packet
    bytes, timestamps and interface descriptions are dumpcap's; only the framing changes, since
    no installed tool writes SPB, PB or a big-endian section."""
    e, out = order, []
    for btype, body in pcapng_blocks(data):
        if btype == 0x0A0D0D0A:
            major, minor, seclen = struct.unpack('<HHq', body[4:16])
            out.append(block(e, btype, struct.pack(e + 'IHHq', 0x1A2B3C4D, major, minor, -1) +
                             swap_options(body[16:], e, {})))
        elif btype == 1:
            lt, res, snap = struct.unpack('<HHI', body[:8])
            out.append(block(e, 1, struct.pack(e + 'HHI', lt, res, snap) +
                             swap_options(body[8:], e, {14: 'Q'})))
        elif btype == 6:
            iface, hi, lo, cap, orig = struct.unpack('<IIIII', body[:20])
            pkt = body[20:20 + cap]
            opts = swap_options(body[20 + cap + (-cap % 4):], e, {2: 'I'})
            if packets == 'spb':
                out.append(block(e, 3, struct.pack(e + 'I', orig) + pkt))
            elif packets == 'pb':
                out.append(block(e, 2, struct.pack(e + 'HHIIII', iface, 0, hi, lo, cap, orig) +
                                 pkt + b'\0' * (-cap % 4) + opts))
            else:
                out.append(block(e, 6, struct.pack(e + 'IIIII', iface, hi, lo, cap, orig) +
                                 pkt + b'\0' * (-cap % 4) + opts))
        elif btype == 5:
            continue  # interface statistics: counters only, dropped to keep the fixture small
        else:
            out.append(block(e, btype, body))
    return b''.join(out)


def pcapng_sections(dst, *specs):
    """specs: FILE:ORDER:PACKETS[:unknown] — ':unknown' appends a block of an unassigned type
    (0x0BADF00D) after the section's interfaces, which a reader must skip (pcapng spec 3.1)."""
    out = []
    for spec in specs:
        parts = spec.split(':')
        path, order, packets = parts[0], parts[1], parts[2]
        sec = pcapng_section(open(path, 'rb').read(), '>' if order == 'be' else '<', packets)
        if len(parts) > 3:
            e = '>' if order == 'be' else '<'
            sec += block(e, 0x0BADF00D, b'unknown block body')
        out.append(sec)
    open(dst, 'wb').write(b''.join(out))


if __name__ == '__main__':
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'udp':
        udp(args[0], int(args[1]), int(args[2]), int(args[3], 0) if len(args) > 3 else 0)
    elif cmd == 'udp6opts':
        udp6opts(args[0], int(args[1]))
    elif cmd == 'udplite':
        udplite(args[0], int(args[1]))
    elif cmd == 'tcp':
        tcp(args[0], int(args[1]))
    elif cmd == 'tun':
        tun(args[0], args[1])
    elif cmd == 'vlan':
        vlan(*args)
    elif cmd == 'swap-pcap':
        swap_pcap(*args)
    elif cmd == 'null-pcap':
        null_pcap(*args)
    elif cmd == 'pcapng-sections':
        pcapng_sections(*args)
    else:
        sys.exit('unknown command ' + cmd)
