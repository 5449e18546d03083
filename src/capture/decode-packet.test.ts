import { describe, expect, it } from 'vitest';
import { readCaptureBytes } from './capture-reader';
import { decodePacket, formatEpochNs } from './decode-packet';
import { concat, hex, ipv4, ipv6, pcapFile, ports } from './test-builders';

const meta = (linkType: number, littleEndian = true) => ({
  index: 1,
  timestampNs: 0n,
  linkType,
  interface: {},
  capturedLength: 0,
  length: 0,
  littleEndian,
});
const decode = (linkType: number, frame: Uint8Array, le = true) => decodePacket(meta(linkType, le), frame);

describe('decodePacket', () => {
  it('reads DLT_RAW under its BSD numbers 12 and 14 like LINKTYPE_RAW 101', () => {
    const p = ipv4(17, ports(1000, 53));
    for (const lt of [12, 14, 101])
      expect(decode(lt, p)).toMatchObject({ family: 4, sport: 1000, dport: 53 });
  });

  it('reads LINKTYPE_IPV4 and LINKTYPE_IPV6 without looking at the version nibble', () => {
    expect(decode(228, ipv4(6, ports(1, 2)))).toMatchObject({ family: 4, proto: 6 });
    expect(decode(229, ipv6(6, ports(3, 4)))).toMatchObject({
      family: 6,
      src: '2001:db8::1',
      srcIp: (0x20010db8n << 96n) | 1n,
    });
  });

  it('gives SCTP and DCCP their ports, as the kernel flow keys do', () => {
    expect(decode(101, ipv4(132, ports(36412, 38412, 12)))).toMatchObject({
      proto: 132,
      sport: 36412,
      dport: 38412,
    });
    expect(decode(101, ipv4(33, ports(5001, 5002, 16)))).toMatchObject({ proto: 33, sport: 5001 });
  });

  it('finds the ports after IPv4 options', () => {
    const opts = hex('07 07 04 00 00 00 00 00'); // record route with one empty slot, then EOL
    expect(decode(101, ipv4(17, ports(7, 9), { options: opts }))).toMatchObject({ sport: 7, dport: 9 });
  });

  it('walks IPv6 hop-by-hop, routing and AH headers to the upper layer, and stops at ESP', () => {
    const hbh = hex('2b 00 01 04 00000000'); // next routing
    const rt = hex('33 00 00 00 00000000'); // next AH, type 0, segments left 0
    const ah = hex('11 01 0000 00000001 00000001'); // next UDP, payload len 1 → (1+2)*4 = 12 bytes
    const p = ipv6(0, concat(hbh, rt, ah, ports(4500, 4501)), { tclass: 0xb8, flow: 0xabcde });
    expect(decode(229, p)).toMatchObject({
      proto: 17,
      sport: 4500,
      dport: 4501,
      tos: 0xb8,
      flowLabel: 0xabcde,
    });
    const esp = decode(229, ipv6(50, hex('00001000 00000001 deadbeef')));
    expect(esp).toMatchObject({ proto: 50 });
    expect(esp.sport).toBeUndefined();
  });

  it('keeps the upper protocol but no ports for a non-first IPv6 fragment', () => {
    const frag = hex('11 00 0009 12345678'); // next UDP, offset 8 bytes, more fragments
    expect(decode(229, ipv6(44, concat(frag, ports(1, 2))))).toMatchObject({
      proto: 17,
      fragment: { offset: 8, more: true, id: 0x12345678 },
    });
    expect(decode(229, ipv6(44, concat(frag, ports(1, 2)))).sport).toBeUndefined();
  });

  it('reports a packet cut inside its transport header as truncated, with the IP fields kept', () => {
    const r = decode(101, ipv4(6, hex('0050')));
    expect(r).toMatchObject({ family: 4, proto: 6, truncated: 'TCP ports' });
  });

  it('skips ARP, LLC frames, netlink in cooked captures and unknown link types with a reason', () => {
    const mac = hex('ffffffffffff 020000000001');
    expect(decode(1, concat(mac, hex('0806'), new Uint8Array(28))).skipped).toBe(
      'ARP (ethertype 0x0806) is not routed',
    );
    expect(decode(1, concat(mac, hex('0026 4242 03'))).skipped).toMatch(/802\.3 frame/);
    const sllNetlink = hex('0004 0338 0000 0000000000000000 0010');
    expect(decode(113, concat(sllNetlink, new Uint8Array(16))).skipped).toMatch(/netlink/);
    expect(decode(147, new Uint8Array(4)).skipped).toBe('unsupported link type 147');
  });

  it('reads every VLAN tag of a frame, including the old 0x9100 QinQ TPID', () => {
    const mac = hex('020000000002 020000000001');
    const f = concat(mac, hex('9100 6064 8100 000a 0800'), ipv4(17, ports(1, 2)));
    expect(decode(1, f)).toMatchObject({
      vlan: [
        { tpid: 0x9100, id: 100, pcp: 3 },
        { tpid: 0x8100, id: 10, pcp: 0 },
      ],
      dport: 2,
    });
  });

  it('reads a NULL family word written in the other byte order, as tcpdump does', () => {
    const p = concat(hex('00000002'), ipv4(1, hex('0800')));
    expect(decode(0, p, true)).toMatchObject({ family: 4, icmpType: 8 });
    expect(decode(0, concat(hex('0000001e'), ipv6(58, hex('8000'))), false)).toMatchObject({
      family: 6,
      icmpType: 128,
    });
  });

  it('reads NFLOG TLVs of a big-endian writer', () => {
    const tlv = (type: number, v: Uint8Array) => {
      const len = 4 + v.length;
      return concat(Uint8Array.of(len >> 8, len & 255, 0, type), v, new Uint8Array((4 - (len % 4)) % 4));
    };
    const f = concat(
      hex('0a 00 0007'),
      tlv(1, hex('86dd 04 00')),
      tlv(2, hex('0000ca6c')),
      tlv(10, hex('77672d00')),
      tlv(9, ipv6(17, ports(51820, 51820))),
    );
    expect(decode(239, f, false)).toMatchObject({
      nflog: { family: 10, group: 7, hook: 4, mark: 0xca6c, prefix: 'wg-' },
      direction: { hook: 'postrouting' },
      family: 6,
      dport: 51820,
    });
  });
});

describe('timestamps', () => {
  it('formatEpochNs prints seconds and nine digits as tshark does', () => {
    expect(formatEpochNs(1_700_000_000_000_000_123n)).toBe('1700000000.000000123');
  });

  it('a nanosecond pcap keeps every nanosecond and a microsecond one scales by 1000', () => {
    const us = readCaptureBytes(pcapFile(101, [ipv4(1, hex('0800'))]));
    const ns = readCaptureBytes(pcapFile(101, [ipv4(1, hex('0800'))], { nano: true, le: false }));
    expect(us.records[0].timestampNs).toBe(1_700_000_000_000_500_000n);
    expect(ns.records[0].timestampNs).toBe(1_700_000_000_000_000_500n);
  });
});
