/**
 * Sends the packets of scenarios.ts through the real kernel (run as root:
 * `npx tsx test/netfilter/record-paths.ts`) and writes what left which link into
 * paths.kernel.json: the host runs in namespace nf-h, the links' peers sit in nf-p where tcpdump
 * captures what the host sent (with the next hop's MAC) and where arriving packets are injected
 * as raw Ethernet frames. Also stores `iptables -L -v -x -n` (the per-rule counters) per table.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SCENARIOS, type PathPacket, type PathScenario } from './scenarios';

const H = 'nf-h';
const P = 'nf-p';

function sh(ns: string, cmd: string): string {
  return execFileSync('ip', ['netns', 'exec', ns, 'sh', '-c', cmd], { encoding: 'utf8' });
}

const LOCAL_PY = `
import socket, sys, time
proto, dst, dport, sport, src, mark = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
fam = socket.AF_INET6 if ':' in dst else socket.AF_INET
s = socket.socket(fam, socket.SOCK_DGRAM if proto == 'udp' else socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
if mark: s.setsockopt(socket.SOL_SOCKET, 36, mark)
s.bind((src, sport))
if proto == 'udp':
    s.sendto(b'x', (dst, dport))
else:
    s.setblocking(False)
    try: s.connect((dst, dport))
    except BlockingIOError: pass
    time.sleep(0.1)
`;

const ARRIVE_PY = `
import socket, struct, sys
ifname, dmac, src, dst, sport, dport = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
def csum(b):
    t = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while t >> 16: t = (t & 0xffff) + (t >> 16)
    return (~t) & 0xffff
payload = b'x'
udp = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
hdr = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0, socket.inet_aton(src), socket.inet_aton(dst))
hdr = hdr[:10] + struct.pack('!H', csum(hdr)) + hdr[12:]
smac = open('/sys/class/net/%s/address' % ifname).read().strip()
mac = lambda m: bytes(int(x, 16) for x in m.split(':'))
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind((ifname, 0))
s.send(mac(dmac) + mac(smac) + b'\\x08\\x00' + hdr + udp)
`;

/** One packet seen leaving the host. */
export interface Seen {
  link: string;
  time: number;
  nextHopMac: string;
  src: string;
  sport: number;
  dst: string;
  dport: number;
}

function parseCapture(link: string, text: string): Seen[] {
  const out: Seen[] = [];
  for (const line of text.split('\n')) {
    const m =
      /^(\d+\.\d+) \S+ > (\S+), ethertype IPv[46] .*?: ([0-9a-f.:]+)\.(\d+) > ([0-9a-f.:]+)\.(\d+): /.exec(
        line,
      );
    if (m)
      out.push({
        link,
        time: Number(m[1]),
        nextHopMac: m[2],
        src: m[3],
        sport: Number(m[4]),
        dst: m[5],
        dport: Number(m[6]),
      });
  }
  return out;
}

function send(sc: PathScenario, p: PathPacket): void {
  if (p.kind === 'local') {
    execFileSync('ip', [
      'netns',
      'exec',
      H,
      'python3',
      '-c',
      LOCAL_PY,
      p.proto,
      p.dst,
      String(p.dport),
      String(p.id),
      p.src ?? '',
      String(p.mark ?? 0),
    ]);
    return;
  }
  const dmac = sh(H, `cat /sys/class/net/${p.iif}/address`).trim();
  execFileSync('ip', [
    'netns',
    'exec',
    P,
    'python3',
    '-c',
    ARRIVE_PY,
    `${p.iif}-peer`,
    dmac,
    p.src!,
    p.dst,
    String(p.id),
    String(p.dport),
  ]);
  void sc;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function recordScenario(sc: PathScenario) {
  for (const ns of [H, P]) {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* not there */
    }
  }
  rmSync(`/etc/netns/${H}`, { recursive: true, force: true });
  mkdirSync(`/etc/netns/${H}`, { recursive: true });
  cpSync('/etc/iproute2', `/etc/netns/${H}/iproute2`, { recursive: true });
  execFileSync('ip', ['netns', 'add', H]);
  execFileSync('ip', ['netns', 'add', P]);
  const caps: { link: string; proc: ChildProcess; out: string[] }[] = [];
  try {
    const v6 = sc.packets.some((p) => p.family === 6);
    if (!v6) sh(H, 'sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1');
    sh(
      P,
      'sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip link set lo up',
    );
    const failed: string[] = [];
    for (const line of sc.script.split('\n')) {
      if (!line.trim()) continue;
      try {
        sh(H, line);
      } catch {
        failed.push(line);
      }
    }
    if (failed.length) throw new Error(`${sc.name}: setup failed: ${failed.join('; ')}`);
    for (const l of sc.links) {
      sh(H, `ip link set ${l}-peer netns ${P}`);
      sh(P, `ip link set ${l}-peer up`);
    }
    for (const [ip, n] of Object.entries(sc.neighbours))
      sh(
        H,
        `ip ${ip.includes(':') ? '-6 ' : ''}neigh replace ${ip} lladdr ${n.mac} dev ${n.dev} nud permanent`,
      );
    execFileSync('sleep', ['1']);
    for (const l of sc.links) {
      const proc = spawn(
        'ip',
        [
          'netns',
          'exec',
          P,
          'tcpdump',
          '-i',
          `${l}-peer`,
          '-Q',
          'in',
          '-nn',
          '-e',
          '-l',
          '-tt',
          'udp or tcp',
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const out: string[] = [];
      proc.stdout!.on('data', (d: Buffer) => out.push(d.toString()));
      caps.push({ link: l, proc, out });
    }
    await wait(1500);
    const times: number[] = [];
    for (const p of sc.packets) {
      times.push(Date.now() / 1000);
      send(sc, p);
      await wait(600);
    }
    await wait(1000);
    await Promise.all(
      caps.map(
        (c) =>
          new Promise((r) => {
            c.proc.on('close', r);
            c.proc.kill();
          }),
      ),
    );
    if (process.env.NF_DEBUG) console.log(caps.map((c) => c.out.join('')).join('\n---\n'));
    const seen = caps.flatMap((c) => parseCapture(c.link, c.out.join(''))).sort((a, b) => a.time - b.time);
    const packets = sc.packets.map((p, i) => {
      const from = times[i];
      const to = times[i + 1] ?? Infinity;
      // The packet's own source port names it (NAT keeps ports here); a reply is found by its window.
      const s =
        seen.find((x) => x.sport === p.id && x.time >= from) ??
        seen.find((x) => x.time >= from && x.time < to && !sc.packets.some((q) => q.id === x.sport));
      return { id: p.id, seen: s ? { ...s, time: undefined } : null };
    });
    const counters = {
      mangle: sh(H, `${v6 ? 'ip6tables' : 'iptables'} -t mangle -L -v -x -n`),
      nat: sh(H, `${v6 ? 'ip6tables' : 'iptables'} -t nat -L -v -x -n`),
    };
    return { name: sc.name, packets, counters };
  } finally {
    for (const c of caps) c.proc.kill();
    for (const ns of [H, P]) execFileSync('ip', ['netns', 'del', ns]);
    rmSync(`/etc/netns/${H}`, { recursive: true, force: true });
  }
}

const results = [];
for (const sc of SCENARIOS.filter((s) => !process.env.NF_ONLY || s.name === process.env.NF_ONLY)) {
  const r = await recordScenario(sc);
  console.log(`${sc.name}: ${r.packets.filter((p) => p.seen).length}/${r.packets.length} packets seen`);
  results.push(r);
}
const file = new URL('./paths.kernel.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ kernel: execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(), scenarios: results }, null, 2)}\n`,
);
void readFileSync;
