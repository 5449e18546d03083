/** Test support: PacketRecords with only the fields a test names (the rest as a capture leaves them). */
import type { PacketRecord } from '../capture/types';

/** An IPv4 UDP packet 10.9.0.7:40000 → 8.8.8.8:53 seen on no named interface, with `over` on top. */
export function packet(over: Partial<PacketRecord> = {}): PacketRecord {
  return {
    index: 1,
    timestampNs: 0n,
    linkType: 1,
    interface: {},
    direction: {},
    capturedLength: 60,
    length: 60,
    family: 4,
    src: '10.9.0.7',
    dst: '8.8.8.8',
    srcIp: 0x0a090007,
    dstIp: 0x08080808,
    proto: 17,
    sport: 40000,
    dport: 53,
    tos: 0,
    ...over,
  };
}
