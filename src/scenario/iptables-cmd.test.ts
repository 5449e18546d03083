import { describe, expect, it } from 'vitest';
import { exportScript } from './export-script';
import { createSession, runScript } from './run-script';
import { snapshotSession } from './snapshot-session';

describe('iptables in the simulated shell', () => {
  it('runs by name and by absolute path, in both families', () => {
    const s = createSession();
    const recs = runScript(
      '/usr/sbin/iptables -t mangle -A OUTPUT -j MARK --set-mark 3\nip6tables -t mangle -S OUTPUT\n/sbin/iptables -t mangle -S OUTPUT\n',
      s,
    );
    expect(recs.map((r) => [r.status, r.stdout])).toEqual([
      [0, ''],
      [0, '-P OUTPUT ACCEPT\n'],
      [0, '-P OUTPUT ACCEPT\n-A OUTPUT -j MARK --set-xmark 0x3/0xffffffff\n'],
    ]);
  });

  it('leaves a session without netfilter state when a command fails', () => {
    const s = createSession();
    const before = snapshotSession(s);
    const [r] = runScript('iptables -t mangle -A OUTPUT -j MARK\n', s);
    expect(r.status).toBe(2);
    expect(s.netfilter).toBeUndefined();
    expect(snapshotSession(s)).toBe(before);
  });

  it('exports the rules as iptables -S prints them, and the export rebuilds them', () => {
    const s = createSession();
    runScript(
      'iptables -t mangle -N marks\niptables -t mangle -A marks -p tcp --dport 25 -j MARK --set-mark 1\niptables -t mangle -A OUTPUT -j marks\niptables -P FORWARD DROP\nip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n',
      s,
    );
    const text = exportScript(s);
    expect(text.split('\n').filter((l) => l.includes('tables'))).toEqual([
      'iptables -P FORWARD DROP',
      'iptables -t mangle -N marks',
      'iptables -t mangle -A OUTPUT -j marks',
      'iptables -t mangle -A marks -p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff',
      'ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE',
    ]);
    const copy = createSession();
    expect(runScript(text, copy).filter((r) => r.status !== 0)).toEqual([]);
    for (const cmd of ['iptables -S', 'iptables -t mangle -S', 'ip6tables -t nat -S'])
      expect(runScript(cmd, copy)[0].stdout).toBe(runScript(cmd, s)[0].stdout);
  });
});
