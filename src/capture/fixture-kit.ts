/**
 * Test support: the recorded fixtures of test/capture-fixtures (made by record.sh with tcpdump,
 * dumpcap and editcap) and tshark's decode of each, turned into the values a PacketRecord
 * should hold. Pure code: the tests read the files and pass the text in.
 */
import { formatEpochNs } from './decode-packet';
import type { PacketRecord } from './types';

/** The fixtures recorded by test/capture-fixtures/record.sh. */
export const FIXTURES = [
  'eth.pcap',
  'nano.pcap',
  'be.pcap',
  'sll.pcap',
  'sll2.pcap',
  'nflog.pcap',
  'raw.pcap',
  'rawip4.pcap',
  'rawip6.pcap',
  'null-le.pcap',
  'null-be.pcap',
  'loop.pcap',
  'vlan.pcap',
  'multi.pcapng',
  'sections.pcapng',
] as const;

/** One row of a tshark -T fields export: field name → list of values (occurrence=a). */
export type TsharkRow = Record<string, string[]>;

/** Parses tshark's tab-separated export with a header line. */
export function parseTsharkTsv(text: string): TsharkRow[] {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const head = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: TsharkRow = {};
    head.forEach((h, i) => (row[h] = cells[i] ? cells[i].split(',') : []));
    return row;
  });
}

const first = (row: TsharkRow, f: string): string | undefined => row[f]?.[0];
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** The NFULA_MARK value in tshark's list of raw TLVs (length and type little-endian here). */
function markFromTlvs(row: TsharkRow): number | undefined {
  for (const hex of row['nflog.tlv'] ?? []) {
    const type = parseInt(hex.slice(6, 8) + hex.slice(4, 6), 16);
    if (type === 2) return parseInt(hex.slice(8, 16), 16);
  }
  return undefined;
}

/** The fields tshark shows for a frame, in the PacketRecord's terms; absent ones are undefined. */
export function expectedFromTshark(row: TsharkRow): Record<string, unknown> {
  const proto = first(row, 'ip.proto') ?? ipv6Proto(row);
  const p = num(proto);
  return {
    index: num(first(row, 'frame.number')),
    timestamp: first(row, 'frame.time_epoch') ?? null,
    length: num(first(row, 'frame.len')),
    capturedLength: num(first(row, 'frame.cap_len')),
    interfaceId: num(first(row, 'frame.interface_id')),
    interfaceName: first(row, 'frame.interface_name'),
    interfaceDescription: first(row, 'frame.interface_description'),
    comments: row['frame.comment']?.length ? row['frame.comment'].join(',') : undefined,
    packetType: num(first(row, 'sll.pkttype')),
    ifindex: num(first(row, 'sll.ifindex')),
    vlan: row['vlan.id']?.length ? row['vlan.id'].join(',') : undefined,
    nflog: first(row, 'nflog.family')
      ? {
          family: num(first(row, 'nflog.family')),
          group: num(first(row, 'nflog.res_id')),
          hook: num(first(row, 'nflog.hook')),
          prefix: first(row, 'nflog.prefix'),
          uid: num(first(row, 'nflog.uid')),
          gid: num(first(row, 'nflog.gid')),
          indev: num(first(row, 'nflog.ifindex_indev')),
          outdev: num(first(row, 'nflog.ifindex_outdev')),
          mark: markFromTlvs(row),
        }
      : undefined,
    family: first(row, 'ip.src') ? 4 : first(row, 'ipv6.src') ? 6 : undefined,
    src: first(row, 'ip.src') ?? first(row, 'ipv6.src'),
    dst: first(row, 'ip.dst') ?? first(row, 'ipv6.dst'),
    proto: p,
    tos: num(first(row, 'ip.dsfield') ?? first(row, 'ipv6.tclass')),
    flowLabel: num(first(row, 'ipv6.flow')),
    fragmentOffset: fragmentOffset(row),
    sport: num(
      p === 6 ? first(row, 'tcp.srcport') : p === 17 || p === 136 ? first(row, 'udp.srcport') : undefined,
    ),
    dport: num(
      p === 6 ? first(row, 'tcp.dstport') : p === 17 || p === 136 ? first(row, 'udp.dstport') : undefined,
    ),
    icmpType: num(p === 1 ? first(row, 'icmp.type') : p === 58 ? first(row, 'icmpv6.type') : undefined),
    icmpCode: num(p === 1 ? first(row, 'icmp.code') : p === 58 ? first(row, 'icmpv6.code') : undefined),
    arp: row['arp.opcode']?.length ? true : undefined,
  };
}

/** IPv6 extension header numbers: hop-by-hop, routing, fragment, destination options, AH. */
const EXT = new Set(['0', '43', '44', '60', '51']);

/**
 * The upper-layer protocol of an IPv6 packet in tshark's fields: the one next-header value of
 * the outer header chain (first occurrence of each) that is not an extension header.
 */
function ipv6Proto(row: TsharkRow): string | undefined {
  if (!first(row, 'ipv6.src')) return undefined;
  const chain = ['ipv6.nxt', 'ipv6.hopopts.nxt', 'ipv6.routing.nxt', 'ipv6.dstopts.nxt', 'ipv6.fraghdr.nxt'];
  return chain.map((f) => first(row, f)).find((v) => v !== undefined && !EXT.has(v));
}

/** The fragment offset in bytes tshark shows (in 8-byte units), for either family. */
function fragmentOffset(row: TsharkRow): number | undefined {
  const v4 = first(row, 'ip.frag_offset');
  if (v4 !== undefined)
    return Number(v4) > 0 || first(row, 'ip.flags.mf') === '1' ? Number(v4) * 8 : undefined;
  const v6 = first(row, 'ipv6.fraghdr.offset');
  return v6 !== undefined ? Number(v6) * 8 : undefined;
}

/**
 * Where tshark 4.0 is wrong and the test says so instead of copying it:
 * it gives every frame of a pcapng section after the first the first section's interface
 * (capinfos on the same file lists the section's own IDBs: a1 for sections.pcapng 2 to 4,
 * whose first section is multi.pcapng and has `firstSectionFrames` packets).
 */
export function correctTshark(name: string, row: TsharkRow, firstSectionFrames: number): TsharkRow {
  if (name === 'sections.pcapng' && Number(first(row, 'frame.number')) > firstSectionFrames) {
    return { ...row, 'frame.interface_name': ['a1'] };
  }
  return row;
}

/** The same view of a decoded record, to compare with expectedFromTshark. */
export function viewOfRecord(r: PacketRecord): Record<string, unknown> {
  const tagged = r.vlan?.filter((t) => t.tpid === 0x8100).map((t) => t.id);
  return {
    index: r.index,
    timestamp: r.timestampNs === null ? null : formatEpochNs(r.timestampNs),
    length: r.length,
    capturedLength: r.capturedLength,
    interfaceId: r.interface.id,
    interfaceName: r.interface.name,
    interfaceDescription: r.interface.description,
    comments: r.comments?.join(','),
    packetType: r.direction.packetType,
    ifindex: r.interface.ifindex,
    vlan: tagged?.length ? tagged.join(',') : undefined,
    nflog: r.nflog
      ? {
          family: r.nflog.family,
          group: r.nflog.group,
          hook: r.nflog.hook,
          prefix: r.nflog.prefix,
          uid: r.nflog.uid,
          gid: r.nflog.gid,
          indev: r.nflog.indev,
          outdev: r.nflog.outdev,
          mark: r.nflog.mark,
        }
      : undefined,
    family: r.family,
    src: r.src,
    dst: r.dst,
    proto: r.proto,
    tos: r.tos,
    flowLabel: r.flowLabel,
    fragmentOffset: r.fragment?.offset,
    sport: r.sport,
    dport: r.dport,
    icmpType: r.icmpType,
    icmpCode: r.icmpCode,
    arp: r.skipped?.startsWith('ARP') ? true : undefined,
  };
}
