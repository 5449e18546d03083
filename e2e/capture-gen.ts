/**
 * Synthetic captures for the capture end-to-end test and bench: classic pcap, Ethernet, IPv4 UDP
 * packets of about 100 bytes between a few hundred hosts, written in chunks so that a 200 MB file
 * never sits in memory. Not a fixture of any tool: only for volume (progress, cancel, speed).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Bytes of each generated record by default: 16 header + 14 Ethernet + 20 IPv4 + 8 UDP + 42 payload. */
export const RECORD_BYTES = 100;

/** Writes a pcap of `packets` UDP packets of `recordBytes` each (≥ 58) to `path`; resolves with the file's size. */
export async function writeSyntheticPcap(
  path: string,
  packets: number,
  recordBytes = RECORD_BYTES,
): Promise<number> {
  const out = createWriteStream(path);
  const head = Buffer.alloc(24);
  head.writeUInt32LE(0xa1b2c3d4, 0);
  head.writeUInt16LE(2, 4);
  head.writeUInt16LE(4, 6);
  head.writeUInt32LE(262144, 16);
  head.writeUInt32LE(1, 20);
  out.write(head);
  const per = 10_000;
  for (let start = 0; start < packets; start += per) {
    const n = Math.min(per, packets - start);
    const buf = Buffer.alloc(n * recordBytes);
    for (let k = 0; k < n; k++) fillRecord(buf, k * recordBytes, start + k, recordBytes);
    if (!out.write(buf)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return 24 + packets * recordBytes;
}

function fillRecord(b: Buffer, o: number, i: number, recordBytes: number): void {
  const len = recordBytes - 16;
  b.writeUInt32LE(1_700_000_000 + Math.floor(i / 1000), o);
  b.writeUInt32LE((i % 1000) * 1000, o + 4);
  b.writeUInt32LE(len, o + 8);
  b.writeUInt32LE(len, o + 12);
  const e = o + 16;
  b.writeUInt32BE(0x02000000, e); // dst MAC 02:00:00:00:00:01
  b.writeUInt16BE(0x0001, e + 4);
  b.writeUInt32BE(0x02000000, e + 6); // src MAC 02:00:00:00:00:02
  b.writeUInt16BE(0x0002, e + 10);
  b.writeUInt16BE(0x0800, e + 12);
  const ip = e + 14;
  b[ip] = 0x45;
  b.writeUInt16BE(len - 14, ip + 2);
  b.writeUInt16BE(i & 0xffff, ip + 4);
  b[ip + 8] = 64;
  b[ip + 9] = 17;
  // 1024 flows (as real traffic repeats its flows): sources 10.9.0.1-254 (the LAN),
  // destinations 192.0.2.x and 203.0.113.x, DNS and HTTPS.
  const f = i % 1024;
  b.writeUInt32BE(((10 << 24) | (9 << 16) | (1 + (f % 254))) >>> 0, ip + 12);
  const dst = f % 3 === 0 ? (203 << 24) | (113 << 8) | (f % 250) : (192 << 24) | (2 << 8) | (f % 250);
  b.writeUInt32BE(dst >>> 0, ip + 16);
  const udp = ip + 20;
  b.writeUInt16BE(1024 + f, udp);
  b.writeUInt16BE(f % 4 === 0 ? 53 : 443, udp + 2);
  b.writeUInt16BE(len - 34, udp + 4);
}
