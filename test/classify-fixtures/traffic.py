#!/usr/bin/env python3
"""Traffic for record.sh: sockets of the host itself (the kernel routes them with an output
lookup) and frames injected on a veth peer (they arrive on the other end, and the kernel routes
them with an input lookup). Only the injected frames are composed here; the kernel decides what
happens to every packet.

Usage: traffic.py COMMAND ARGS...
  udp DST PORT [MARK [TOS]]      one UDP datagram from an ordinary socket (SO_MARK, IP_TOS)
  tcp DST PORT [MARK]            a TCP SYN (non-blocking connect, given up after 0.3 s)
  inject IFACE SRCMAC DSTMAC SRC DST PROTO DPORT [TOS] [FRAG]
                                 an Ethernet frame with IPv4/IPv6 + UDP/TCP/ICMP, sent on IFACE
                                 through AF_PACKET; FRAG=frag sends an IPv4 datagram as two
                                 fragments (the second without ports); PROTO icmp is an echo
                                 request, icmp:TYPE:CODE any ICMP/ICMPv6 type and code
"""
import socket
import struct
import sys
import time

SO_MARK = 36


def sock(dst, kind, mark, tos):
    fam = socket.AF_INET6 if ':' in dst else socket.AF_INET
    s = socket.socket(fam, kind)
    if mark:
        s.setsockopt(socket.SOL_SOCKET, SO_MARK, mark)
    if tos:
        if fam == socket.AF_INET:
            s.setsockopt(socket.IPPROTO_IP, socket.IP_TOS, tos)
        else:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS, tos)
    return s


def udp(dst, port, mark=0, tos=0):
    s = sock(dst, socket.SOCK_DGRAM, mark, tos)
    try:
        s.sendto(b'rpdb', (dst, port))
    except OSError as e:
        print(f'udp {dst}: {e}', file=sys.stderr)


def tcp(dst, port, mark=0):
    s = sock(dst, socket.SOCK_STREAM, mark, 0)
    s.setblocking(False)
    try:
        s.connect((dst, port))
    except BlockingIOError:
        pass
    except OSError as e:
        print(f'tcp {dst}: {e}', file=sys.stderr)
    time.sleep(0.3)
    s.close()


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack(f'!{len(b) // 2}H', b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def l4(proto, dport, src, dst):
    if proto == 'udp':
        return 17, struct.pack('!HHHH', 40000 + dport % 1000, dport, 12, 0) + b'rpdb'
    if proto == 'tcp':
        return 6, struct.pack('!HHIIBBHHH', 41000 + dport % 1000, dport, 1, 0, 5 << 4, 2, 8192, 0, 0)
    v6 = ':' in src
    kind, code = (128 if v6 else 8), 0
    if proto.startswith('icmp:'):
        kind, code = (int(x) for x in proto.split(':')[1:])
    head = struct.pack('!BBHHH', kind, code, 0, 7, 1) + b'rpdb'
    if v6:
        return 58, head
    return 1, head[:2] + struct.pack('!H', csum(head)) + head[4:]


def ipv4(src, dst, proto, payload, tos, ident, frag=0):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, tos, 20 + len(payload), ident, frag, 64, proto, 0,
                    socket.inet_aton(src), socket.inet_aton(dst))
    return h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload


def inject(iface, smac, dmac, src, dst, proto, dport, tos=0, frag=''):
    num, payload = l4(proto, dport, src, dst)
    mac = bytes.fromhex(dmac.replace(':', '')) + bytes.fromhex(smac.replace(':', ''))
    frames = []
    if ':' in src:
        ip = struct.pack('!IHBB16s16s', (6 << 28) | (tos << 20), len(payload), num, 64,
                         socket.inet_pton(socket.AF_INET6, src), socket.inet_pton(socket.AF_INET6, dst))
        frames.append(mac + b'\x86\xdd' + ip + payload)
    elif frag:
        body = payload + b'x' * 20
        frames.append(mac + b'\x08\x00' + ipv4(src, dst, num, body[:16], tos, 0x4242, 0x2000))
        frames.append(mac + b'\x08\x00' + ipv4(src, dst, num, body[16:], tos, 0x4242, 2))
    else:
        frames.append(mac + b'\x08\x00' + ipv4(src, dst, num, payload, tos, 0x1000 + dport))
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((iface, 0))
    for f in frames:
        s.send(f)


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == 'udp':
        udp(args[0], int(args[1]), *(int(a, 0) for a in args[2:]))
    elif cmd == 'tcp':
        tcp(args[0], int(args[1]), *(int(a, 0) for a in args[2:]))
    elif cmd == 'inject':
        tos = int(args[7], 0) if len(args) > 7 else 0
        inject(*args[:6], int(args[6]), tos, args[8] if len(args) > 8 else '')
    else:
        sys.exit(f'traffic.py: unknown command {cmd}')


if __name__ == '__main__':
    main(sys.argv)
