/**
 * `npm run bench` (import part): importing a snapshot with 5,000 rules and 1,000,000 IPv4 routes
 * (Internet-like prefix mix over 4 tables), measured from text to a loaded engine: parse the
 * snapshot, build the script while applying it to a simulated machine, and check the result
 * against the dumps (importMachineState does all three). Prints figures; asserts nothing.
 * `RPDB_BENCH_IMPORT_ROUTES=N` changes the number of routes. Bundled by scripts/build-bench.mjs
 * as dist/bench-import.mjs, which `npm run bench` runs after the engine figures.
 *
 * The routes are synthetic and listed in generation order, not in the kernel's dump order: the
 * import reports that order difference as one warning, which is expected here.
 */
import { importMachineState } from '../src/import/index';
import { formatIpv4 } from '../src/engine/ip';
import { ipv4Prefixes, prng } from './internet-mix';

const ROUTES = Number(process.env.RPDB_BENCH_IMPORT_ROUTES ?? 1_000_000);
const RULES = 5_000;

/** A snapshot file as scripts/rpdb-snapshot.sh would write it for such a machine. */
export function bigSnapshot(routes = ROUTES, rules = RULES): string {
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
  for (let i = 0; i < prefixes.length; i++) {
    const [dst, len] = prefixes[i];
    const key = `${dst as number}/${len}/${i % 4}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = len === 32 ? formatIpv4(dst as number) : `${formatIpv4(dst as number)}/${len}`;
    out.push(`${p} via 10.0.1.${2 + (i % 200)} dev a0 table ${100 + (i % 4)} `);
  }
  out.push('10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 ');
  out.push('### rpdb-snapshot v1: end');
  return `${out.join('\n')}\n`;
}

/** Times one import of `text`; returns seconds and the result's size. */
function timeImport(text: string, verify: boolean): { s: number; lines: number; warnings: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const t0 = performance.now();
  const r = importMachineState([{ name: 'big.snapshot', text }], { verify });
  const s = (performance.now() - t0) / 1000;
  return { s, lines: r.script.split('\n').length, warnings: r.warnings.length };
}

/** Prints the import figures: parse + build + load (the target), then the same with the check. */
export function benchImport(line: (label: string, value: string) => void): void {
  const text = bigSnapshot();
  const label = `${RULES.toLocaleString('en')} rules, ${ROUTES.toLocaleString('en')} routes`;
  const a = timeImport(text, false);
  line(
    `import a snapshot (${label})`,
    `${a.s.toFixed(2)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB (${(text.length / 1e6).toFixed(0)} MB of text, ${a.lines.toLocaleString('en')} script lines; target < 3 s)`,
  );
  // The check against the dumps (verify, the default) prints and compares every table once more.
  const small = bigSnapshot(Math.min(ROUTES, 100_000));
  const b = timeImport(small, true);
  line(
    `  same, ${Math.min(ROUTES, 100_000).toLocaleString('en')} routes, with the check against the dumps`,
    `${b.s.toFixed(2)} s (${b.warnings} warning(s): the synthetic dump order)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('import benchmark (parse + build + load into the engine + check against the dumps):');
  benchImport((label, value) => console.log(`${label.padEnd(58)} ${value}`));
}
