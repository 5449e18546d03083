import { describe, expect, it } from 'vitest';
import { createSession } from './run-script';
import { snapshotSession } from './snapshot-session';

describe('snapshotSession', () => {
  it('gives the same text for two fresh sessions', () => {
    expect(snapshotSession(createSession())).toBe(snapshotSession(createSession()));
  });

  it('includes the files under /etc/iproute2', () => {
    const s = createSession();
    s.files.set('/etc/iproute2/rt_tables', '100\tt100\n');
    expect(snapshotSession(s)).toContain('file /etc/iproute2/rt_tables "100\\tt100\\n"');
  });

  it('changes when a file changes or appears', () => {
    const s = createSession();
    const before = snapshotSession(s);
    s.files.set('/etc/iproute2/rt_tables.d/x.conf', '7 x\n');
    expect(snapshotSession(s)).not.toBe(before);
  });

  it('changes when the host changes', () => {
    const s = createSession();
    const before = snapshotSession(s);
    s.host.customRules4 = true;
    expect(snapshotSession(s)).not.toBe(before);
  });

  it('does not depend on the order files were written in', () => {
    const a = createSession();
    const b = createSession();
    a.files.set('/x', '1');
    a.files.set('/y', '2');
    b.files.set('/y', '2');
    b.files.set('/x', '1');
    expect(snapshotSession(a)).toBe(snapshotSession(b));
  });
});
