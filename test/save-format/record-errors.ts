/**
 * Records what the real iproute2 says about broken save files (needs root for `ip rule restore`):
 *
 *   npx tsx test/save-format/record-errors.ts
 *
 * Takes real save files from test/save-format/recorded/, breaks them in the ways
 * error-mutations.ts lists, and stores the exit status and stderr of `ip route showdump` (route
 * files) and of `ip rule restore` in a fresh namespace (rule files) in recorded-errors.json.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { canRecord } from '../kernel/recorder';
import { ERRORS_FILE, mutatedFiles } from './error-mutations';

function main(): void {
  if (!canRecord()) {
    console.error('record-errors.ts needs root (ip netns add)');
    process.exit(1);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'sv-err-')), 'broken.save');
  const out = mutatedFiles().map((m) => {
    // Standard input is the file itself, as with `ip rule restore < FILE` (ftell works on it).
    writeFileSync(file, m.bytes);
    const fd = openSync(file, 'r');
    const opts = { stdio: [fd, 'pipe', 'pipe'] as ('pipe' | number)[], encoding: 'utf8' as const };
    let r;
    try {
      if (m.kind === 'route-save') r = spawnSync('ip', ['route', 'showdump'], opts);
      else {
        const ns = `sv-err-${process.pid}`;
        spawnSync('ip', ['netns', 'add', ns]);
        try {
          r = spawnSync('ip', ['-n', ns, ...(m.family === 6 ? ['-6'] : []), 'rule', 'restore'], opts);
        } finally {
          spawnSync('ip', ['netns', 'del', ns]);
        }
      }
    } finally {
      closeSync(fd);
    }
    return { name: m.name, status: r.status, stderr: r.stderr };
  });
  rmSync(dirname(file), { recursive: true, force: true });
  writeFileSync(ERRORS_FILE, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`recorded ${out.length} broken files`);
}

main();
