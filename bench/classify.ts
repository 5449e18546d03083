/**
 * `npm run bench`, part 2: parse + mark + classify of generated captures in Node, the way
 * `rpdb classify` reads them (fs stream in 1 MiB chunks → streaming reader → mangle stage →
 * memoised `ip route get`), printed, never asserted. Files of 250,000 and 1,000,000 packets
 * (classic pcap, Ethernet, IPv4 and IPv6 UDP/TCP over 4,000 flows) are written to a temp dir
 * and removed; the peak heap during each run shows whether memory stays flat as the file grows.
 * tshark reading the same file is the anchor, timed in the same run.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCapture } from '../src/capture/read-capture';
import { createClassifier } from '../src/classify/classifier';
import { createSession, runScript } from '../src/scenario/run-script';

const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
const gc = (globalThis as { gc?: () => void }).gc;
const FLOWS = 4000;

/** Ethernet frames of the flows, IPv4 and IPv6, UDP and TCP, from the LAN of scenario-mangle.sh. */
function flowFrames(): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let f = 0; f < FLOWS; f++) {
    const v6 = f % 4 === 3;
    const udp = f % 3 !== 0;
    const dport = [53, 443, 25, 123, 80][f % 5];
    const sport = 30000 + (f % 997);
    const l4 = new Uint8Array(udp ? 8 + 32 : 20 + 32);
    l4.set([sport >> 8, sport & 255, dport >> 8, dport & 255]);
    if (!udp) l4[12] = 0x50;
    const ip = new Uint8Array((v6 ? 40 : 20) + l4.length);
    const dv = new DataView(ip.buffer);
    if (v6) {
      dv.setUint32(0, 0x60000000);
      dv.setUint16(4, l4.length);
      ip[6] = udp ? 17 : 6;
      ip[7] = 64;
      ip.set([0xfd, 0x09, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, f >> 8, f & 255 || 7], 8);
      ip.set([0x20, 0x01, 0x0d, 0xb8, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, (f >> 4) & 255, 1], 24);
    } else {
      dv.setUint16(0, 0x4500);
      dv.setUint16(2, ip.length);
      ip[8] = 64;
      ip[9] = udp ? 17 : 6;
      dv.setUint32(12, (10 << 24) | (9 << 16) | (2 + (f % 250)));
      dv.setUint32(16, (203 << 24) | (113 << 8) | ((f * 7) & 255) | ((f >> 8) << 16));
    }
    ip.set(l4, v6 ? 40 : 20);
    const eth = new Uint8Array(14 + ip.length);
    eth.set([2, 0, 0, 0, 0, 7, 2, 0, 0, 0, 0, 6, v6 ? 0x86 : 0x08, v6 ? 0xdd : 0x00]);
    eth.set(ip, 14);
    frames.push(eth);
  }
  return frames;
}

/** Writes a pcap of `count` packets cycling through the flows, in 4 MiB pieces. */
function writeCapture(path: string, count: number, frames: Uint8Array[]): void {
  const fd = openSync(path, 'w');
  const buf = Buffer.alloc(4 << 20);
  buf.writeUInt32LE(0xa1b2c3d4, 0);
  buf.writeUInt16LE(2, 4);
  buf.writeUInt16LE(4, 6);
  buf.writeUInt32LE(262144, 16);
  buf.writeUInt32LE(1, 20);
  let at = 24;
  for (let i = 0; i < count; i++) {
    const fr = frames[(i * 7919) % frames.length];
    if (at + 16 + fr.length > buf.length) {
      writeSync(fd, buf, 0, at);
      at = 0;
    }
    buf.writeUInt32LE(1_700_000_000 + Math.floor(i / 1000), at);
    buf.writeUInt32LE((i % 1000) * 1000, at + 4);
    buf.writeUInt32LE(fr.length, at + 8);
    buf.writeUInt32LE(fr.length, at + 12);
    buf.set(fr, at + 16);
    at += 16 + fr.length;
  }
  writeSync(fd, buf, 0, at);
  closeSync(fd);
}

/** parse + mark + classify of `path`: prints the figures, returns the CPU seconds it took. */
async function classifyFile(path: string, script: string, label: string): Promise<number> {
  const session = createSession();
  runScript(script, session);
  const c = createClassifier(session, { iif: ['lan0'] });
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  let n = 0;
  let routed = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const res = await readCapture(createReadStream(path, { highWaterMark: 1 << 20 }), {
    onRecords: (recs) => {
      for (const p of recs) if (c.classify(p).status === 0) routed++;
      // The heap is sampled about every 10,000 packets (memoryUsage() is not free).
      if (Math.floor((n + recs.length) / 10_000) !== Math.floor(n / 10_000)) {
        const h = process.memoryUsage().heapUsed;
        if (h > peak) peak = h;
      }
      n += recs.length;
    },
  });
  const s = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  if (!res.ok) line('  error', res.error.message);
  const mb = statSync(path).size / 1e6;
  line(
    `${label}: ${n.toLocaleString('en')} packets, ${mb.toFixed(1)} MB`,
    `${s.toFixed(2)} s, ${c.lookups} distinct lookups, ${((routed / n) * 100).toFixed(0)}% routed`,
  );
  line('  packets/s (target >= 1,000,000)', Math.round(n / s).toLocaleString('en'));
  line('  MB/s', (mb / s).toFixed(1));
  // On a shared machine the wall clock counts other processes' time; CPU time does not.
  line(
    '  packets per CPU second (user + system)',
    `${Math.round(n / cpuS).toLocaleString('en')} (${cpuS.toFixed(2)} s CPU)`,
  );
  line('  peak heap above the start (flat as the file grows?)', `${((peak - heap0) / 1e6).toFixed(1)} MB`);
  return cpuS;
}

/** CPU seconds used by waited-for children (cutime + cstime of /proc/self/stat), Linux only. */
function childCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

function tshark(path: string, oursCpu: number): void {
  const started = performance.now();
  const c0 = childCpu();
  const r = spawnSync('tshark', ['-n', '-r', path, '-T', 'fields', '-e', 'frame.number'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const s = (performance.now() - started) / 1000;
  if (r.error || r.status !== 0) {
    line('tshark anchor', `skipped: ${r.error ? 'tshark is not installed' : `exit ${r.status}`}`);
    return;
  }
  const cpu = childCpu() - c0;
  line('tshark -r FILE -T fields -e frame.number, same file', `${s.toFixed(2)} s, ${cpu.toFixed(2)} s CPU`);
  line('  parse + mark + classify vs tshark, CPU time (x faster)', `${(cpu / oursCpu).toFixed(1)}x`);
}

const script = readFileSync('test/classify-fixtures/scenario-mangle.sh', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rpdb-classify-bench-'));
try {
  console.log(
    `\nclassify: parse + mark + classify (scenario-mangle.sh, --iif lan0, ${FLOWS.toLocaleString('en')} flows)`,
  );
  const frames = flowFrames();
  for (const count of [250_000, 1_000_000]) {
    const path = join(dir, `bench-${count}.pcap`);
    writeCapture(path, count, frames);
    const s = await classifyFile(path, script, `pcap ${count.toLocaleString('en')}`);
    if (count === 1_000_000) tshark(path, s);
    rmSync(path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
