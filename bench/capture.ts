/**
 * `npx tsx bench/capture.ts`: decoding speed of src/capture on large synthetic captures, printed,
 * never asserted. 1. classic pcap, Ethernet, a mix of IPv4 UDP/TCP and IPv6 TCP with a VLAN tag
 * on every fourth frame; 2. the same packets as pcapng EPBs on a LINUX_SLL2 interface. Both are
 * fed in 64 KiB chunks, as a File stream in a Worker would deliver them.
 */
import { createCaptureReader } from '../src/capture/capture-reader';
import { concat, concatAll, epb, idb, ipv4, ipv6, pcapFile, ports, shb } from '../src/capture/test-builders';

const PACKETS = Number(process.env.PACKETS ?? 400_000);
const CHUNK = 64 * 1024;
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

const mac = Uint8Array.of(2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1);
const l3 = [
  ipv4(17, ports(5353, 53, 40)),
  ipv4(6, ports(40000, 443, 40), { tos: 0x28 }),
  ipv6(6, ports(40001, 443, 40), { flow: 0x12345 }),
];
const ether = (i: number) => {
  const p = l3[i % 3];
  const type = p[0] >> 4 === 4 ? [0x08, 0x00] : [0x86, 0xdd];
  return i % 4 === 0
    ? concat(mac, Uint8Array.of(0x81, 0, 0, 10, ...type), p)
    : concat(mac, Uint8Array.of(...type), p);
};
const sll2 = (i: number) => {
  const p = l3[i % 3];
  const head = new Uint8Array(20);
  head.set(p[0] >> 4 === 4 ? [0x08, 0x00] : [0x86, 0xdd], 0);
  head.set([0, 0, 0, 3, 0, 1, 4, 6], 4);
  return concat(head, p);
};

function run(label: string, file: Uint8Array) {
  const started = performance.now();
  const r = createCaptureReader();
  let n = 0;
  for (let at = 0; at < file.length; at += CHUNK) n += r.push(file.subarray(at, at + CHUNK)).length;
  n += r.end().length;
  const s = (performance.now() - started) / 1000;
  if (r.error) console.log(`  error: ${r.error.message}`);
  line(`${label}: ${n} packets, ${(file.length / 1e6).toFixed(1)} MB`, `${s.toFixed(2)} s`);
  line('  packets/s', Math.round(n / s).toLocaleString('en'));
  line('  MB/s', (file.length / 1e6 / s).toFixed(1));
}

const frames = Array.from({ length: PACKETS }, (_, i) => ether(i));
run('pcap, Ethernet (+802.1Q), IPv4/IPv6 UDP/TCP', pcapFile(1, frames));
const blocks = Array.from({ length: PACKETS }, (_, i) => epb(0, BigInt(1_700_000_000_000_000 + i), sll2(i)));
run('pcapng EPB, LINUX_SLL2', concatAll([shb(), idb(276, 'any'), ...blocks]));
