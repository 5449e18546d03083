import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

async function run(argv: string[], files: Record<string, string>) {
  const res = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (res.stdout += t),
    stderr: (t) => void (res.stderr += t),
    readScript: (p) => {
      if (p in files) return files[p];
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  };
  return { status: await main(argv, io), ...res };
}

const SNAPSHOT =
  '### rpdb-snapshot v1\n### rpdb-snapshot v1: ip rule show\n0:\tfrom all lookup local\n7:\tfrom all lookup 70\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n### rpdb-snapshot v1: end\n';

describe('rpdb import', () => {
  it('prints the script on stdout and located warnings on stderr', async () => {
    const r = await run(['import', 'a.txt'], { 'a.txt': '7:\tfrom all lookup 70\nnonsense here\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ip rule add pref 7 from all lookup 70\n');
    expect(r.stderr).toBe('a.txt:2:1: warning: unrecognised line: "nonsense here"\n');
  });
  it('prints {script, warnings} with --json', async () => {
    const r = await run(['import', '--json', 's'], { s: SNAPSHOT });
    const j = JSON.parse(r.stdout) as { script: string; warnings: unknown[] };
    expect(j.script).toContain('ip rule add pref 7 from all lookup 70');
    expect(j.warnings).toEqual([]);
  });
  it('exits 2 when a file cannot be read', async () => {
    const r = await run(['import', 'missing'], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('rpdb: cannot read missing: No such file or directory\n');
  });
});

describe('rpdb run on a snapshot file', () => {
  it('imports the snapshot first, then runs the script', async () => {
    const r = await run(['run', '--json', 's'], { s: SNAPSHOT });
    const records = JSON.parse(r.stdout) as { command: string; status: number }[];
    expect(records.map((x) => x.command)).toContain('ip rule add pref 7 from all lookup 70');
    expect(records.every((x) => x.status === 0)).toBe(true);
  });
});
