/**
 * `npm run bench`: figures for the engine on this machine, printed, never asserted.
 *  1. Build main with 1,000,000 IPv4 routes (Internet-like prefix mix) through the engine API
 *     (routeNew, the RTM_NEWROUTE path with the kernel's checks): time and heap.
 *  2. The same for 200,000 IPv6 routes.
 *  3. Lookups per second over 50 rules + those tables (fib_lookup, then the full `route get`),
 *     without and with tracing.
 *  4. The kernel side by side (root only, skipped when RPDB_BENCH_NO_KERNEL is set): a
 *     100,000-route script through `ip -batch` in a fresh namespace, and the same script through
 *     `rpdb run`, timed in this run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AF_INET, AF_INET6, NLM_F, RTM_F, routeGet, routeNew, ruleNew, type Host } from '../src/engine/index';
import { fibLookup4 } from '../src/engine/fib-lookup-entry';
import { makeFlow } from '../src/engine/flow';
import { formatIpv4, parseIpv6, type Ip } from '../src/engine/ip';
import { newTrace } from '../src/engine/trace';
import { createSession, runScript } from '../src/scenario/run-script';
import { ipv4Destinations, ipv4Prefixes, ipv6Prefixes, prng } from './internet-mix';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

const PREAMBLE = `ip link set lo up
ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1
ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
ip -6 addr add 2001:db8:1::1/64 dev a0 nodad
ip -6 addr add 2001:db8:2::1/64 dev b0 nodad
ip route add default via 10.0.1.254
`;

function preamble(): Host {
  const session = createSession();
  const bad = runScript(PREAMBLE, session).filter((r) => r.status !== 0);
  if (bad.length) throw new Error(`preamble failed: ${JSON.stringify(bad)}`);
  return session.host;
}

/** Adds `prefixes` to main through routeNew (gateways taken in turn) and prints time and heap. */
function buildTable(host: Host, label: string, prefixes: [Ip, number][], gateways: Ip[], target = ''): void {
  const family = typeof gateways[0] === 'number' ? AF_INET : AF_INET6;
  const m0 = heapMB();
  const ab0 = process.memoryUsage().arrayBuffers / 1e6;
  const t0 = performance.now();
  let failed = 0;
  for (let i = 0; i < prefixes.length; i++) {
    const [dst, len] = prefixes[i];
    const r = routeNew(
      host,
      { family, dstLen: len, srcLen: 0, tos: 0, table: 254, protocol: 3, scope: 0, type: 1, flags: 0, attrs: { dst, gateway: gateways[i % gateways.length] } },
      NLM_F.CREATE | NLM_F.EXCL,
    );
    if (!r.ok) failed++;
  }
  const ms = performance.now() - t0;
  const mb = heapMB() - m0;
  const ab = process.memoryUsage().arrayBuffers / 1e6 - ab0;
  line(
    `${label}: build main with ${prefixes.length.toLocaleString('en')} routes`,
    `${(ms / 1000).toFixed(2)} s, ${mb.toFixed(0)} MB heap + ${ab.toFixed(0)} MB buffers${target}${failed ? `, ${failed} rejected` : ''}`,
  );
}

/** 49 rules that ordinary traffic does not match, in front of main (50 with main's own rule). */
function addRules(host: Host): void {
  const rnd = prng(9);
  for (let i = 0; i < 49; i++) {
    const pref = 1000 + i * 10;
    const kind = i % 4;
    const attrs: Record<string, unknown> = { priority: pref, table: 1000 + i };
    let srcLen = 0;
    let dstLen = 0;
    if (kind === 0) attrs.fwmark = 0x100 + i;
    if (kind === 1) {
      attrs.src = (0xc0a80000 | (rnd() & 0xffff)) >>> 0;
      srcLen = 32;
    }
    if (kind === 2) {
      attrs.dst = (0xc6120000 | (i << 8)) >>> 0;
      dstLen = 24;
    }
    if (kind === 3) attrs.uidRange = { start: 1000 + i, end: 1000 + i };
    const r = ruleNew(host, { family: AF_INET, dstLen, srcLen, tos: 0, table: 0, action: 1, flags: 0, attrs }, NLM_F.CREATE | NLM_F.EXCL);
    if (!r.ok) throw new Error(`rule ${i}: ${JSON.stringify(r.error)}`);
  }
}

function measureLookups(host: Host): void {
  const n = 2_000_000;
  const dsts = ipv4Destinations(n);
  const flow = makeFlow(4, 0, { iif: 1, proto: 17 });
  let hits = 0;
  for (let i = 0; i < 200_000; i++) {
    flow.daddr = dsts[i];
    if (!fibLookup4(host, flow).err) hits++;
  }
  // Five passes over the 2,000,000 destinations; the median pass is the steady-state figure.
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const t = performance.now();
    const c = process.cpuUsage();
    hits = 0;
    for (let i = 0; i < n; i++) {
      flow.daddr = dsts[i];
      if (!fibLookup4(host, flow).err) hits++;
    }
    const cpu = process.cpuUsage(c);
    rates.push(n / ((performance.now() - t) / 1000));
    cpuRates.push(n / ((cpu.user + cpu.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const fmt = (r: number) => Math.round(r).toLocaleString('en');
  line('fib_lookup, 50 rules, no trace (target >= 3,000,000/s)', `${fmt(rates[2])} lookups/s median of 5 passes (min ${fmt(rates[0])}, max ${fmt(rates[4])}; ${((hits / n) * 100).toFixed(0)}% routed)`);
  // The same passes per second of CPU time: steadier than wall time on a shared machine.
  line('  the same per CPU second (process.cpuUsage)', `${fmt(cpuRates[2])} lookups/s median (min ${fmt(cpuRates[0])}, max ${fmt(cpuRates[4])})`);
  let t0: number;
  let s: number;
  const nt = 200_000;
  t0 = performance.now();
  for (let i = 0; i < nt; i++) {
    flow.daddr = dsts[i];
    fibLookup4(host, flow, newTrace());
  }
  s = (performance.now() - t0) / 1000;
  line('fib_lookup, 50 rules, with trace', `${Math.round(nt / s).toLocaleString('en')} lookups/s`);
  const ng = 300_000;
  t0 = performance.now();
  for (let i = 0; i < ng; i++) {
    routeGet(host, { family: AF_INET, dstLen: 32, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0, flags: RTM_F.LOOKUP_TABLE, attrs: { dst: dsts[i] } });
  }
  s = (performance.now() - t0) / 1000;
  line('route get (output path, source selection, reply)', `${Math.round(ng / s).toLocaleString('en')} lookups/s`);
}

function kernelComparison(): void {
  if (process.env.RPDB_BENCH_NO_KERNEL) {
    line('kernel ip -batch comparison', 'skipped: RPDB_BENCH_NO_KERNEL is set');
    return;
  }
  if (process.getuid?.() !== 0) {
    line('kernel ip -batch comparison', 'skipped: needs root for a network namespace');
    return;
  }
  const count = 100_000;
  const gets = 10_000;
  const prefixes = ipv4Prefixes(count, 7);
  const dsts = ipv4Destinations(gets, 8);
  // ip -batch lines take no global options: the family comes from the addresses.
  const cmds: string[] = PREAMBLE.trim().split('\n').map((l) => l.replace(/^ip (-6 )?/, ''));
  prefixes.forEach(([a, len], i) => cmds.push(`route add ${formatIpv4(a)}/${len} via ${i & 1 ? '10.0.1.254' : '10.0.2.254'}`));
  for (const d of dsts) cmds.push(`route get ${formatIpv4(d)}`);
  const dir = mkdtempSync(join(tmpdir(), 'rpdb-bench-'));
  const batch = join(dir, 'batch');
  const script = join(dir, 'script');
  writeFileSync(batch, cmds.join('\n') + '\n');
  writeFileSync(script, cmds.map((c) => `ip ${c}`).join('\n') + '\n');
  // Three rounds, each timing rpdb then the kernel. The namespaces are deleted only at the end:
  // `ip netns del` returns at once and the kernel tears down 100,000 routes in a worker
  // (cleanup_net) afterwards, which would otherwise steal a core from whatever is timed next.
  const kernelTimes: number[] = [];
  const rpdbTimes: number[] = [];
  const namespaces: string[] = [];
  let failed = '';
  try {
    for (let round = 0; round < 3; round++) {
      const t1 = performance.now();
      const r2 = spawnSync('node', ['bin/rpdb.mjs', 'run', script], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
      rpdbTimes.push((performance.now() - t1) / 1000);
      if (r2.status !== 0) failed ||= `rpdb run: exit ${r2.status}`;
      const ns = `rpdbbench${process.pid}-${round}`;
      execFileSync('ip', ['netns', 'add', ns]);
      namespaces.push(ns);
      const t0 = performance.now();
      const r = spawnSync('ip', ['-n', ns, '-force', '-batch', batch], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
      kernelTimes.push((performance.now() - t0) / 1000);
      if (r.status !== 0) failed ||= `kernel ip -batch: exit ${r.status}: ${String(r.stderr).slice(0, 200)}`;
    }
  } finally {
    for (const ns of namespaces) execFileSync('ip', ['netns', 'del', ns]);
  }
  if (failed) line('kernel ip -batch comparison', failed);
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1];
  const all = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
  const kernelS = median(kernelTimes);
  const rpdbS = median(rpdbTimes);
  line(`kernel: ip -batch, ${count.toLocaleString('en')} route adds + ${gets.toLocaleString('en')} gets`, `${kernelS.toFixed(2)} s median of 3 (${all(kernelTimes)})`);
  line('rpdb run, the same script (whole process)', `${rpdbS.toFixed(2)} s median of 3 (${all(rpdbTimes)})`);
  line('speed-up of rpdb over the kernel (target >= 5x)', `${(kernelS / rpdbS).toFixed(1)}x (medians)`);
}

console.log(`RPDB Lab benchmarks — node ${process.version}, ${new Date().toISOString()}`);
if (!gc) console.log('(run with --expose-gc for heap figures)');
const host = preamble();
buildTable(host, 'IPv4', ipv4Prefixes(1_000_000), [0x0a0001fe, 0x0a0001fd, 0x0a0002fe, 0x0a0002fd], ' (target < 3 s, < 200 MB)');
buildTable(host, 'IPv6', ipv6Prefixes(200_000), [parseIpv6('2001:db8:1::fe')!, parseIpv6('2001:db8:2::fe')!]);
addRules(host);
measureLookups(host);
kernelComparison();
