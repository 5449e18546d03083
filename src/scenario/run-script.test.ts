import { describe, expect, it } from 'vitest';
import { createSession, runScript } from './run-script';

describe('runScript', () => {
  it('gives one record per command line and none for blank or comment lines', () => {
    const r = runScript('\n  \n# c\n   # c\nip rule show pref 0\n');
    expect(r).toEqual([
      {
        line: 5,
        command: 'ip rule show pref 0',
        status: 0,
        stdout: '0:\tfrom all lookup local\n',
        stderr: '',
      },
    ]);
  });
  it('starts a session with the stock /etc/iproute2 files', () => {
    expect(createSession().files.get('/etc/iproute2/rt_tables')).toContain('254\tmain');
  });
  it('keeps state across lines of one session, and files written by echo are read by ip', () => {
    const s = createSession();
    runScript('echo 100 vpn >> /etc/iproute2/rt_tables\nip rule add pref 5 lookup vpn\n', s);
    expect(runScript('ip rule show pref 5', s)[0].stdout).toBe('5:\tfrom all lookup vpn\n');
  });
  it('reports unknown commands as dash does, naming the shell as given', () => {
    expect(runScript('frob x')[0]).toMatchObject({ status: 127, stderr: 'sh: 1: eval: frob: not found\n' });
    expect(runScript('frob x', undefined, { shellName: '/x/driver.sh' })[0].stderr).toBe(
      '/x/driver.sh: 1: eval: frob: not found\n',
    );
  });
  it('reports unsupported shell syntax with its column instead of running anything', () => {
    expect(runScript('ip rule | cat')[0]).toMatchObject({
      status: 2,
      stderr: 'rpdb: column 9: unsupported shell syntax: pipelines are not supported\n',
    });
  });
  it('never throws: a failing command becomes a record with status 1', () => {
    const s = createSession();
    (s.host as unknown as { rules: unknown }).rules = null;
    const r = runScript('ip rule show', s);
    expect(r[0].status).toBe(1);
    expect(r[0].stderr).toMatch(/^rpdb: internal error/);
  });
  it('applies redirections: 2>&1 merges, >/dev/null discards, > writes a file', () => {
    const s = createSession();
    expect(runScript('ip rule zz 2>&1', s)[0]).toMatchObject({
      stdout: 'Command "zz" is unknown, try "ip rule help".\n',
      stderr: '',
    });
    expect(runScript('ip rule show >/dev/null', s)[0].stdout).toBe('');
    runScript('ip rule show pref 0 > /tmp/out', s);
    expect(s.files.get('/tmp/out')).toBe('0:\tfrom all lookup local\n');
  });
});
