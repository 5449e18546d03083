/**
 * `npm run live -- --count N [--seed S] [--keep-failures DIR]`: the live randomized comparison
 * (root only). Generates N random scenarios (seeds S, S+1, ...; S random and printed first unless
 * given), runs each in a fresh network namespace (the kernel) and in the simulator, compares every
 * record (status, stdout, stderr), prints each difference with its seed, line and a capped diff,
 * writes each failing scenario to DIR (default test-results/live-failures) as seed-S.sh, the
 * kernel's records in corpus format (seed-S.kernel.json) and the full diff (seed-S.diff.txt), and
 * ends with "live: N scenarios, R records, A agree, D differ". Exits 1 on any difference, 2 when not
 * root or misused.
 *
 * More options: --jobs J (namespaces at a time, default 2), --timeout S (per scenario, default 120),
 * --max-printed M (difference blocks printed, default 40), --features LIST or +F,-F (generator
 * features), --twice (record every scenario twice and fail if the kernel is not deterministic),
 * --no-confirm (do not re-record scenarios that differ; by default they are, and a record the
 * simulator matches in either kernel run agrees).
 *
 * Scenarios run in child processes, which also isolates a simulator that hangs: a scenario taking
 * longer than the timeout counts as failed and its child is killed.
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runJobs, type Job, type Outcome } from './live-jobs';
import { compareRecords } from './live-records';
import { ALL_FEATURES, DEFAULT_FEATURES, type Feature } from './random-scenario';
import { canRecord, iproute2Version, kernelRelease, recordScript } from './recorder';

interface Options {
  count: number;
  seed: number;
  keepFailures: string;
  jobs: number;
  twice: boolean;
  confirm: boolean;
  timeoutS: number;
  features: Feature[];
  maxPrinted: number;
}

const PER_SCENARIO_PRINTED = 3;
const DIFF_LINES = 24;

function usage(message: string): never {
  process.stderr.write(
    `live: ${message}\nusage: npm run live -- --count N [--seed S] [--keep-failures DIR] [--jobs J] [--twice|--no-confirm]\n` +
      `       [--timeout SECONDS] [--max-printed M] [--features LIST|+F,-F]\nfeatures: ${ALL_FEATURES.join(' ')}\n`,
  );
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    count: 120,
    seed: Number(process.env.RPDB_LIVE_SEED ?? randomInt(2 ** 31)),
    keepFailures: 'test-results/live-failures',
    jobs: 2,
    twice: false,
    confirm: true,
    timeoutS: 120,
    features: [...DEFAULT_FEATURES],
    maxPrinted: 40,
  };
  const num = (v: string | undefined, name: string): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 0) usage(`${name} needs a non-negative integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') o.count = num(argv[++i], a);
    else if (a === '--seed') o.seed = num(argv[++i], a) >>> 0;
    else if (a === '--keep-failures') o.keepFailures = argv[++i] ?? usage('--keep-failures needs a folder');
    else if (a === '--jobs') o.jobs = Math.max(1, num(argv[++i], a));
    else if (a === '--timeout') o.timeoutS = Math.max(1, num(argv[++i], a));
    else if (a === '--max-printed') o.maxPrinted = num(argv[++i], a);
    else if (a === '--twice') o.twice = true;
    else if (a === '--no-confirm') o.confirm = false;
    else if (a === '--features') o.features = parseFeatures(argv[++i] ?? usage('--features needs a list'));
    else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  return o;
}

/** `a,b,c` replaces the defaults; `+a,-b` edits them. */
function parseFeatures(text: string): Feature[] {
  const items = text.split(',').filter(Boolean);
  const relative = items.every((x) => x.startsWith('+') || x.startsWith('-'));
  const set = new Set<Feature>(relative ? DEFAULT_FEATURES : []);
  for (const item of items) {
    const name = item.replace(/^[+-]/, '');
    if (!(ALL_FEATURES as readonly string[]).includes(name)) usage(`unknown feature ${name}`);
    if (item.startsWith('-')) set.delete(name as Feature);
    else set.add(name as Feature);
  }
  return ALL_FEATURES.filter((f) => set.has(f));
}

/** Reads the fresh-namespace defaults from the kernel and warns when the simulator assumes others. */
async function checkDefaults(): Promise<void> {
  const { GLOBAL_DEFAULTS, IPV4_CONF_DEFAULTS, IPV6_CONF_DEFAULTS } = await import('../../src/engine/sysctl');
  const keys = [
    'net.ipv4.ip_forward',
    ...['all', 'default'].flatMap((s) =>
      ['forwarding', 'rp_filter', 'accept_local', 'src_valid_mark', 'route_localnet', 'send_redirects'].map(
        (k) => `net.ipv4.conf.${s}.${k}`,
      ),
    ),
    'net.ipv6.conf.all.forwarding',
    'net.ipv6.conf.default.accept_dad',
  ];
  const [rec] = recordScript(`sysctl ${keys.join(' ')}\n`);
  const bad: string[] = [];
  for (const line of rec?.stdout.split('\n') ?? []) {
    const m = /^(\S+) = (-?\d+)$/.exec(line);
    if (!m) continue;
    const key = m[1];
    const short = key.split('.').pop() as string;
    const expected =
      GLOBAL_DEFAULTS[key] ??
      (key.startsWith('net.ipv4.') ? IPV4_CONF_DEFAULTS[short] : IPV6_CONF_DEFAULTS[short]);
    if (expected !== undefined && expected !== Number(m[2]))
      bad.push(`${key} = ${m[2]} (simulator: ${expected})`);
  }
  if (bad.length > 0)
    console.log(
      `live: WARNING: a fresh namespace here does not start with the simulator's defaults (IPv4 conf/all and ` +
        `conf/default are inherited from the host when net.core.devconf_inherit_init_net=0): ${bad.join('; ')}`,
    );
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  console.log(`live: base seed ${o.seed} (reproduce: npm run live -- --count ${o.count} --seed ${o.seed})`);
  if (process.getuid?.() !== 0) {
    console.error(
      'live: needs root: each scenario runs in its own network namespace (ip netns add). Run as root, e.g. from .ci/run.',
    );
    process.exit(2);
  }
  if (!canRecord()) {
    console.error(
      'live: cannot create network namespaces here (is iproute2 installed and `ip netns` allowed?)',
    );
    process.exit(2);
  }
  machine.kernel = kernelRelease();
  machine.iproute2 = iproute2Version();
  console.log(
    `live: kernel ${machine.kernel}, ${machine.iproute2}, ${o.jobs} namespaces at a time, features ${o.features.join(',')}`,
  );
  await checkDefaults();
  const keepDir = resolve(o.keepFailures);
  const jobs: Job[] = Array.from({ length: o.count }, (_, index) => ({
    index,
    seed: (o.seed + index) >>> 0,
    features: o.features,
    twice: o.twice,
    confirm: o.confirm,
    timeoutS: o.timeoutS,
  }));
  let records = 0;
  let agree = 0;
  let printed = 0;
  let notPrinted = 0;
  let kernelMs = 0;
  let simMs = 0;
  let unstable = 0;
  let kernelRecords = 0;
  let kernelFailures = 0;
  const failedSeeds: number[] = [];
  const buffered = new Map<number, Outcome>();
  let nextToPrint = 0;
  const report = (r: Outcome): void => {
    kernelMs += r.kernelMs;
    simMs += r.simMs;
    kernelRecords += r.kernel.length;
    kernelFailures += r.kernel.filter((k) => k.status !== 0).length;
    const lines: string[] = [];
    let differ: number;
    if (r.failure) {
      records += 1;
      differ = 1;
      lines.push(`seed ${r.seed}: ${r.failure}`);
      writeFailure(keepDir, r);
    } else {
      const compared = compareRecords(r.kernel, r.sim, DIFF_LINES);
      const n = compared.records;
      // A record the simulator gets right against either kernel run is not a simulator difference.
      const alsoAgain = r.kernelAgain
        ? new Set(compareRecords(r.kernelAgain, r.sim, 0).mismatches.map((m) => m.line))
        : undefined;
      const mismatches = alsoAgain
        ? compared.mismatches.filter((m) => alsoAgain.has(m.line))
        : compared.mismatches;
      records += n;
      agree += n - mismatches.length;
      differ = mismatches.length;
      if (r.simError)
        lines.push(
          `seed ${r.seed}: the simulator threw:\n  ${r.simError.split('\n').slice(0, 8).join('\n  ')}`,
        );
      mismatches.forEach((m, i) => {
        if (i < PER_SCENARIO_PRINTED && printed < o.maxPrinted) {
          printed++;
          lines.push(`seed ${r.seed} line ${m.line}: ${m.command}`, ...m.detail);
        } else notPrinted++;
      });
      if (mismatches.length > PER_SCENARIO_PRINTED)
        lines.push(`seed ${r.seed}: ${mismatches.length} differing records in all`);
      if (r.kernelAgain) {
        const again = compareRecords(r.kernel, r.kernelAgain, DIFF_LINES, [
          'first kernel run',
          'second kernel run',
        ]).mismatches;
        if (again.length > 0) {
          unstable++;
          lines.push(
            `seed ${r.seed}: the kernel answered differently the second time (non-deterministic scenario):`,
          );
          for (const m of again.slice(0, 3))
            lines.push(`  line ${m.line}: ${m.command}`, ...m.detail.map((d) => `  ${d}`));
        }
      }
      if (differ > 0) writeFailure(keepDir, r);
    }
    if (differ > 0) failedSeeds.push(r.seed);
    if (lines.length > 0) console.log(lines.join('\n'));
  };
  const wall = performance.now();
  await runJobs(jobs, o.jobs, (r) => {
    buffered.set(r.index, r);
    while (buffered.has(nextToPrint)) {
      report(buffered.get(nextToPrint) as Outcome);
      buffered.delete(nextToPrint++);
    }
  });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  if (kernelRecords > 0)
    console.log(
      `live: the kernel failed ${kernelFailures} of ${kernelRecords} commands (${((100 * kernelFailures) / kernelRecords).toFixed(1)}%)`,
    );
  if (notPrinted > 0) console.log(`live: ${notPrinted} more differing records not shown (see ${keepDir})`);
  if (failedSeeds.length > 0)
    console.log(
      `live: ${failedSeeds.length} failing scenarios written to ${keepDir}; seeds ${failedSeeds.slice(0, 20).join(' ')}${failedSeeds.length > 20 ? ' ...' : ''}`,
    );
  if (unstable > 0)
    console.log(
      `live: WARNING: ${unstable} scenarios were not deterministic on the kernel side (a generator feature to tame; ` +
        `records that match either kernel run count as agreeing${o.twice ? '; failing because of --twice' : ''})`,
    );
  console.log(
    `live: wall ${seconds(performance.now() - wall)} s, kernel ${seconds(kernelMs)} s, simulator ${seconds(simMs)} s (summed over scenarios)`,
  );
  const differ = records - agree;
  console.log(`live: ${o.count} scenarios, ${records} records, ${agree} agree, ${differ} differ`);
  process.exit(differ > 0 || (o.twice && unstable > 0) ? 1 : 0);
}

/** Writes the script, the kernel's records (corpus format) and the full diff of a failing scenario. */
function writeFailure(dir: string, r: Outcome): void {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `seed-${r.seed}`);
  writeFileSync(`${base}.sh`, r.script);
  writeFileSync(
    `${base}.kernel.json`,
    JSON.stringify({ kernel: machine.kernel, iproute2: machine.iproute2, records: r.kernel }, null, 2) + '\n',
  );
  const full = compareRecords(r.kernel, r.sim, Infinity).mismatches;
  const text = [
    ...(r.simError ? [`the simulator threw:\n${r.simError}`] : []),
    ...full.flatMap((m) => [`line ${m.line}: ${m.command}`, ...m.detail]),
  ].join('\n');
  writeFileSync(`${base}.diff.txt`, text + '\n');
}

/** Kernel and iproute2 versions, read once (parent only). */
const machine = { kernel: '', iproute2: '' };

void main();
