/**
 * The installed command itself (bin/rpdb.mjs loading the built bundle, with its code cache):
 * what it prints equals main()'s output in-process, and a reader that closes the pipe early
 * ends it quietly with a SIGPIPE-like status, as `ip ... | head` ends ip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

const SCRIPT = [
  'ip link set lo up',
  'ip link add a0 type veth peer name a1',
  'ip link set a0 up',
  'ip addr add 10.0.1.1/24 dev a0',
  ...Array.from({ length: 300 }, (_, i) => `ip route add 10.${(i >> 8) + 1}.${i & 255}.0/24 via 10.0.1.254`),
  ...Array.from({ length: 3000 }, (_, i) => `ip route get 10.1.${i & 255}.${(i >> 8) + 1}`),
  'ip route get 300.1.1.1',
].join('\n');

async function inProcess(script: string): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readScript: () => script,
    readBytes: () => new TextEncoder().encode(script),
  };
  const status = await main(['run', '-'], io);
  return { status, out, err };
}

describe('bin/rpdb.mjs', () => {
  beforeAll(() => {
    // npm test builds the bundle first; a lone vitest run builds it here.
    if (!existsSync('dist/rpdb.mjs')) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  }, 120_000);

  it('prints what main() prints, with the same status', async () => {
    const r = spawnSync(process.execPath, ['bin/rpdb.mjs', 'run', '-'], { input: `${SCRIPT}\n`, encoding: 'utf8', maxBuffer: 1 << 26 });
    const want = await inProcess(`${SCRIPT}\n`);
    expect(r.stdout).toBe(want.out);
    expect(r.stderr).toBe(want.err);
    expect(r.status).toBe(want.status);
    expect(r.stderr).toContain('Error: any valid prefix is expected rather than "300.1.1.1".');
  }, 60_000);

  it('ends quietly with status 141 when the reader closes the pipe', () => {
    const r = spawnSync('bash', ['-c', 'node bin/rpdb.mjs run - | head -n 1; echo "status=${PIPESTATUS[0]}"'], {
      input: `${SCRIPT.replace(/\n.*300\.1\.1\.1$/, '')}\n`,
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^10\.1\.0\.1 via 10\.0\.1\.254 dev a0 src 10\.0\.1\.1 uid 0 \nstatus=141\n$/);
    expect(r.stderr).toBe('');
  }, 60_000);
});
