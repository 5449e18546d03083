/**
 * `npx tsx test/kernel/live-snapshot.ts --count N [--seed S] [--record DIR [--first K]] [--features mixed|all|default] [--big R]` (root): the snapshot
 * round trip on live namespaces. For each of N random scenarios (seeds S, S+1, ...; S random and
 * printed unless given; generator of random-scenario.ts without probes) it runs the script in a
 * fresh namespace, then scripts/rpdb-snapshot.sh and the four dumps (ip [-6] rule show, ip [-6]
 * route show table all) there, imports the snapshot, replays it in the simulator, and compares the
 * dumps to the letter (`--big R`: scenarios of one big table of about R routes instead,
 * big-table-scenario.ts). Ends with "live-snapshot: N namespaces, A round trips exact, D differ";
 * exits 1 on any difference, 2 when not root. With --record DIR, writes each case as DIR/NNN.sh
 * (script), DIR/NNN.snapshot.txt and DIR/NNN.kernel.json (the dumps), replayed by
 * test/import/roundtrip.test.ts without root.
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DUMPS, onlyWarnedRoutesMissing, replaySnapshot } from '../import/roundtrip-kit';
import { generateBigTable } from './big-table-scenario';
import { ALL_FEATURES, DEFAULT_FEATURES, generateScenario } from './random-scenario';
import { diffText } from './text-diff';
import { canRecord, iproute2Version, kernelRelease, recordScript } from './recorder';

const SNAPSHOT = fileURLToPath(new URL('../../scripts/rpdb-snapshot.sh', import.meta.url));

function usage(message: string): never {
  process.stderr.write(
    `live-snapshot: ${message}\nusage: npx tsx test/kernel/live-snapshot.ts --count N [--seed S] [--record DIR [--first K]] [--features mixed|all|default] [--big R]\n`,
  );
  process.exit(2);
}

interface Options {
  count: number;
  seed: number;
  record?: string;
  features: 'mixed' | 'all' | 'default';
  /** Big-table scenarios of this many routes (big-table-scenario.ts) instead of random ones. */
  big?: number;
  /** The number the first recorded case gets (NNN). */
  first: number;
}

function parse(argv: string[]): Options {
  const o: Options = { count: 50, seed: randomInt(2 ** 31), features: 'mixed', first: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) usage(`${a} needs a non-negative integer`);
      return n;
    };
    if (a === '--count') o.count = num();
    else if (a === '--seed') o.seed = num() >>> 0;
    else if (a === '--record') o.record = argv[++i] ?? usage('--record needs a folder');
    else if (a === '--big') o.big = num();
    else if (a === '--first') o.first = num();
    else if (a === '--features') {
      const f = argv[++i];
      if (f !== 'mixed' && f !== 'all' && f !== 'default') usage('--features is mixed, all or default');
      o.features = f;
    } else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  return o;
}

/** Runs `script` in a namespace and returns its snapshot and the four dumps after it. */
export function snapshotNamespace(script: string): { snapshot: string; dumps: string[] } {
  const tail = [`sh ${SNAPSHOT}`, ...DUMPS];
  const text = `${script.endsWith('\n') ? script : `${script}\n`}${tail.join('\n')}\n`;
  const records = recordScript(text);
  const last = records.slice(-tail.length);
  return { snapshot: last[0]?.stdout ?? '', dumps: last.slice(1).map((r) => r.stdout) };
}

function main(): void {
  const o = parse(process.argv.slice(2));
  console.log(
    `live-snapshot: base seed ${o.seed} (reproduce: npx tsx test/kernel/live-snapshot.ts --count ${o.count} --seed ${o.seed}${o.big === undefined ? '' : ` --big ${o.big}`})`,
  );
  if (process.getuid?.() !== 0 || !canRecord()) {
    console.error(
      'live-snapshot: needs root and `ip netns` (each scenario runs in its own network namespace)',
    );
    process.exit(2);
  }
  console.log(`live-snapshot: kernel ${kernelRelease()}, ${iproute2Version()}`);
  const dir = o.record ? resolve(o.record) : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  let exact = 0;
  let warned = 0;
  for (let i = 0; i < o.count; i++) {
    const seed = (o.seed + i) >>> 0;
    // mixed: odd seeds also get multipath routes and link changes (down, mtu, group...).
    const all = o.features === 'all' || (o.features === 'mixed' && seed % 2 === 1);
    const script =
      o.big !== undefined
        ? generateBigTable(seed, o.big)
        : generateScenario(seed, { probes: [0, 0], features: all ? ALL_FEATURES : DEFAULT_FEATURES });
    const { snapshot, dumps } = snapshotNamespace(script);
    const { diffs, failed, warnings } = replaySnapshot(snapshot, dumps);
    if (diffs.length === 0) exact++;
    else if (diffs.every((d) => onlyWarnedRoutesMissing(d, warnings))) {
      // The importer said, located, which routes no command can rebuild (the issue's rule for
      // what iproute2 prints but cannot be rebuilt); everything else came back to the letter.
      warned++;
      console.log(`seed ${seed}: exact except routes the import warned it cannot rebuild:`);
      for (const w of warnings.filter((x) => x.startsWith('cannot be rebuilt')))
        console.log(`  warning: ${w}`);
    } else {
      console.log(
        `seed ${seed}: ${diffs.map((d) => d.command).join(', ')} differ${failed.length ? `; failed: ${failed.slice(0, 3).join(' | ')}` : ''}`,
      );
      for (const d of diffs)
        console.log(
          `  ${d.command} (- kernel, + simulator):\n    ${diffText(d.kernel, d.sim, 12).join('\n    ')}`,
        );
    }
    if (dir) {
      const base = join(dir, String(o.first + i).padStart(3, '0'));
      writeFileSync(`${base}.sh`, script);
      writeFileSync(`${base}.snapshot.txt`, snapshot);
      writeFileSync(`${base}.kernel.json`, `${JSON.stringify({ seed, commands: DUMPS, dumps }, null, 2)}\n`);
    }
  }
  const differ = o.count - exact - warned;
  console.log(
    `live-snapshot: ${o.count} namespaces, ${exact} round trips exact, ${warned} exact but for routes warned as not rebuildable, ${differ} differ`,
  );
  process.exit(differ === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
