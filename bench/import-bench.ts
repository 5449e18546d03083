/**
 * `npm run bench` (import part): importing a snapshot with 5,000 rules and 1,000,000 IPv4 routes
 * (Internet-like prefix mix over 4 tables), measured from text to a loaded engine the way
 * `rpdb import` and the app do it: parse the snapshot, build the script while applying it to a
 * simulated machine, check the result against the dumps (the default), join the script text.
 * Prints the total, the time of each phase and the heap; asserts nothing.
 * `RPDB_BENCH_IMPORT_ROUTES=N` changes the number of routes; `RPDB_BENCH_IMPORT_LIVE=1` collects
 * garbage as each phase ends (not timed), so the heap figures are what the phases keep alive. Bundled by scripts/build-bench.mjs
 * as dist/bench-import.mjs, which `npm run bench` runs after the engine figures.
 *
 * The routes are synthetic and listed in the kernel's dump order, as a real snapshot lists them;
 * a second run lists the same routes in the order they were generated (a pasted list), which
 * the import reports as one warning and which its check costs more on.
 */
import { importMachineState, type ImportPhase } from '../src/import/index';
import { formatIpv4 } from '../src/engine/ip';
import { ipv4Prefixes, prng } from './internet-mix';

const ROUTES = Number(process.env.RPDB_BENCH_IMPORT_ROUTES ?? 1_000_000);
const RULES = 5_000;
const LIVE = process.env.RPDB_BENCH_IMPORT_LIVE === '1';

/**
 * A snapshot file as scripts/rpdb-snapshot.sh would write it for such a machine: routes in the
 * kernel's dump order, or (`generated`) in the order they were made, as a pasted list may be.
 */
export function bigSnapshot(routes = ROUTES, rules = RULES, order: 'dump' | 'generated' = 'dump'): string {
  const out: string[] = ['### rpdb-snapshot v1'];
  out.push('### rpdb-snapshot v1: ip -d link show');
  out.push(
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000',
  );
  out.push(
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0 minmtu 0 maxmtu 0 addrgenmode eui64',
  );
  out.push(
    '2: a1@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000',
  );
  out.push('    link/ether 02:00:00:00:00:a1 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 65535');
  out.push('    veth addrgenmode eui64');
  out.push(
    '3: a0@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000',
  );
  out.push('    link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 65535');
  out.push('    veth addrgenmode eui64');
  out.push('### rpdb-snapshot v1: ip addr show');
  out.push(
    '3: a0@a1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
  );
  out.push('    link/ether 02:00:00:00:00:a0 brd ff:ff:ff:ff:ff:ff');
  out.push('    inet 10.0.1.1/24 scope global a0');
  out.push('       valid_lft forever preferred_lft forever');
  out.push('### rpdb-snapshot v1: ip rule show');
  out.push('0:\tfrom all lookup local');
  const rand = prng(7);
  for (let i = 0; i < rules; i++) {
    const src = formatIpv4(((rand() * 2 ** 32) >>> 0) & 0xffffff00);
    out.push(`${1000 + i}:\tfrom ${src}/24 lookup ${100 + (i % 4)}`);
  }
  out.push('32766:\tfrom all lookup main', '32767:\tfrom all lookup default');
  out.push('### rpdb-snapshot v1: ip route show table all');
  const prefixes = ipv4Prefixes(routes, 11);
  const seen = new Set<string>();
  const listed: { table: number; dst: number; len: number; line: string }[] = [];
  for (let i = 0; i < prefixes.length; i++) {
    const [dst, len] = prefixes[i];
    const key = `${dst as number}/${len}/${i % 4}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = len === 32 ? formatIpv4(dst as number) : `${formatIpv4(dst as number)}/${len}`;
    const table = 100 + (i % 4);
    listed.push({ table, dst: dst as number, len, line: `${p} via 10.0.1.${2 + (i % 200)} dev a0 table ${table} ` });
  }
  // The kernel's dump order (inet_dump_fib: tables by id here, then fib_trie's key ascending,
  // longer prefix first), unless the routes are to be listed as generated.
  if (order === 'dump') listed.sort((a, b) => a.table - b.table || a.dst - b.dst || b.len - a.len);
  for (const r of listed) out.push(r.line);
  out.push('10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 ');
  out.push('### rpdb-snapshot v1: end');
  return `${out.join('\n')}\n`;
}

/** The figures of one import: wall and CPU seconds, per phase, and the heap it leaves and peaks at. */
interface ImportFigures {
  s: number;
  cpu: number;
  /** Per phase: wall and CPU seconds, and the heap in MB as it ends. */
  phases: [ImportPhase, number, number, number][];
  heapMB: number;
  peakMB: number;
  lines: number;
  warnings: number;
}

/** Times one import of `text` the way `rpdb import` and the app run it (the check included). */
function timeImport(text: string): ImportFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const phases: [ImportPhase, number, number, number][] = [];
  let peak = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  let lastCpu = c0;
  const r = importMachineState([{ name: 'big.snapshot', text }], {
    onPhaseEnd: (p) => {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      // RPDB_BENCH_IMPORT_LIVE=1: collect garbage first, so the heap is what each phase keeps.
      if (LIVE) gc?.();
      const heap = process.memoryUsage().heapUsed;
      phases.push([p, (now - last) / 1000, (cpu.user + cpu.system) / 1e6, heap / 1e6]);
      peak = Math.max(peak, heap);
      last = performance.now();
      lastCpu = process.cpuUsage();
    },
  });
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  return {
    s,
    cpu: (c.user + c.system) / 1e6,
    phases,
    heapMB: heap / 1e6,
    peakMB: Math.max(peak, heap) / 1e6,
    lines: r.script.split('\n').length,
    warnings: r.warnings.length,
  };
}

/** Prints the import figures: parse + build + load + check (the target), and the time of each phase. */
export function benchImport(line: (label: string, value: string) => void): void {
  const label = `${RULES.toLocaleString('en')} rules, ${ROUTES.toLocaleString('en')} routes`;
  for (const order of ['dump', 'generated'] as const) {
    const text = bigSnapshot(ROUTES, RULES, order);
    const a = timeImport(text);
    const what =
      order === 'dump'
        ? `import a snapshot (${label})`
        : '  the same routes listed out of dump order (a pasted list)';
    const expected = order === 'dump' ? 'none expected' : 'the order difference';
    line(
      what,
      `${a.s.toFixed(2)} s (${a.cpu.toFixed(2)} s CPU), heap ${a.peakMB.toFixed(0)} MB at most between phases, ${a.heapMB.toFixed(0)} MB kept (${(text.length / 1e6).toFixed(0)} MB of text, ${a.lines.toLocaleString('en')} script lines, ${a.warnings} warning(s): ${expected}${order === 'dump' ? '; target < 3 s' : ''})`,
    );
    line(
      '  by phase (wall / CPU, heap as it ends)',
      a.phases.map(([p, t, c, h]) => `${p} ${t.toFixed(2)} / ${c.toFixed(2)} s ${h.toFixed(0)} MB`).join(', '),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('import benchmark (parse + build + load into the engine + check against the dumps):');
  benchImport((label, value) => console.log(`${label.padEnd(58)} ${value}`));
}
