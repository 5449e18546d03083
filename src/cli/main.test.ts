import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

async function runAsync(argv: string[], files: Record<string, string> = {}) {
  const res = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (res.stdout += t),
    stderr: (t) => void (res.stderr += t),
    readScript: (p) => {
      if (p in files) return files[p];
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  };
  const status = await main(argv, io);
  return { status, ...res };
}

const SCRIPT = 'ip rule add pref 5 lookup 7\n\n# comment\nip rule show pref 5\nfoo\n';

describe('rpdb', () => {
  it('rpdb run --json prints one JSON array with a record per command line', async () => {
    const r = await runAsync(['run', '--json', 's.sh'], { 's.sh': SCRIPT });
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as { line: number; status: number; stdout: string }[];
    expect(records.map((x) => [x.line, x.status])).toEqual([
      [1, 0],
      [4, 0],
      [5, 127],
    ]);
    expect(records[1].stdout).toBe('5:\tfrom all lookup 7\n');
  });
  it('rpdb run prints the outputs in order and exits with the last status', async () => {
    const r = await runAsync(['run', 's.sh'], { 's.sh': SCRIPT });
    expect(r.stdout).toBe('5:\tfrom all lookup 7\n');
    expect(r.stderr).toBe('sh: 1: eval: foo: not found\n');
    expect(r.status).toBe(127);
  });
  it('rpdb --help and --version answer on stdout', async () => {
    expect((await runAsync(['--help'])).stdout).toMatch(/^Usage: rpdb run/);
    expect((await runAsync(['--version'])).stdout).toMatch(/^rpdb \d+\.\d+\.\d+\n$/);
  });
  it('usage errors and unreadable files exit 2 with a message', async () => {
    expect(await runAsync(['frob'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "frob"'),
    });
    expect(await runAsync(['run'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('missing script FILE'),
    });
    expect(await runAsync(['run', 'nope.sh'])).toMatchObject({
      status: 2,
      stderr: 'rpdb: cannot read nope.sh: No such file or directory\n',
    });
    expect(await runAsync(['trace', 's.sh'], { 's.sh': SCRIPT })).toMatchObject({ status: 2 });
  });
  it('rpdb trace prints the route get answer after running the script', async () => {
    const r = await runAsync(['trace', 's.sh', '--', '10.1.1.1'], { 's.sh': SCRIPT });
    expect(r.stdout).toMatch(/^\$ ip route get 10\.1\.1\.1\n/);
  });
});
