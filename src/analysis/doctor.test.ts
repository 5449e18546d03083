import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../scenario/examples/index';
import { createSession, runScript } from '../scenario/run-script';
import { confirmFinding } from './doctor-confirm';
import { runDoctor } from './doctor';
import type { Session } from '../iproute2/context';

function session(script: string): Session {
  const s = createSession();
  runScript(script, s);
  return s;
}

/** The script up to (not including) the line starting with `marker`. */
function before(script: string, marker: string): string {
  const i = script.indexOf(marker);
  if (i < 0) throw new Error(`marker ${marker} not found`);
  return script.slice(0, i);
}

/**
 * Examples that show a mistake on purpose, with exactly the findings the doctor must report.
 * Every other example is correct: no finding, or only the info findings listed here with why.
 */
const MISTAKES: Record<string, string[]> = {
  // wg-quick's rules took 5209/5208: 5209 (not fwmark 0xca6c → table 51820) decides every packet Tailscale marks.
  'priority-fight': [
    'shadowed:4:5210:5209',
    'shadowed:4:5230:5209',
    'shadowed:4:5250:5209',
    'mark-collision:4:wg-quick:tailscale',
  ],
  'goto-nop': ['unresolved-goto:4:90'],
  // The lesson: suppress_prefixlength 0 never suppresses a /1.
  'ipv6-split-default': ['suppress-never:6:32765'],
  // The lesson: unbound sockets never match `from 203.0.113.2` (info).
  'multihoming-by-source': ['from-unbound:4:32764'],
  // The fix rule `from 10.1.0.2 lookup 2` serves replies only; unbound traffic never uses it (info).
  'rp-filter-asymmetric': ['from-unbound:4:1000'],
};

/** Info findings on correct examples: tables the daemon fills at run time (netd, Cilium). */
const INFO_ONLY: Record<string, string[]> = {
  'android-netd': ['missing-table:4:10000', 'missing-table:4:11000', 'missing-table:4:15000'],
  cilium: ['missing-table:4:10'],
};

describe('runDoctor on the built-in examples', () => {
  for (const ex of EXAMPLES) {
    test(`${ex.id}: exactly the expected findings, each confirmed by its probe`, () => {
      const s = session(ex.script);
      const findings = runDoctor(s);
      const expected = MISTAKES[ex.id] ?? INFO_ONLY[ex.id] ?? [];
      expect(findings.map((f) => f.id).sort()).toEqual([...expected].sort());
      if (INFO_ONLY[ex.id]) expect(findings.every((f) => f.severity === 'info')).toBe(true);
      for (const f of findings) expect(confirmFinding(s, f), f.id).toBeNull();
    });
  }

  test('every listed example exists', () => {
    for (const id of [...Object.keys(MISTAKES), ...Object.keys(INFO_ONLY)])
      expect(
        EXAMPLES.some((e) => e.id === id),
        id,
      ).toBe(true);
  });

  test('priority-fight before its fix: the same shadowing, and Tailscale traffic leaves through wg0', () => {
    const ex = EXAMPLES.find((e) => e.id === 'priority-fight')!;
    const s = session(before(ex.script, '# The fix'));
    const f = runDoctor(s).find((x) => x.id === 'shadowed:4:5210:5209')!;
    expect(f.rules.map((r) => r.text)).toEqual([
      '5210:\tfrom all fwmark 0x80000/0xff0000 lookup main',
      '5209:\tnot from all fwmark 0xca6c lookup 51820',
    ]);
    expect(f.verdict).toContain('dev wg0 table 51820');
    expect(confirmFinding(s, f)).toBeNull();
  });

  test('rp-filter-asymmetric before its fix: strict rp_filter drops what arrives on eth1', () => {
    const ex = EXAMPLES.find((e) => e.id === 'rp-filter-asymmetric')!;
    const s = session(before(ex.script, '# The fix'));
    const findings = runDoctor(s);
    expect(findings.map((f) => f.id)).toEqual(['rp-filter-drop:4:eth1']);
    expect(findings[0]!.verdict).toBe('RTNETLINK answers: Invalid argument');
    expect(confirmFinding(s, findings[0]!)).toBeNull();
  });

  test('the doctor leaves the session unchanged', () => {
    const ex = EXAMPLES.find((e) => e.id === 'priority-fight')!;
    const s = session(ex.script);
    const show = () =>
      runScript(
        'ip rule show\nip -6 rule show\nip route show table all\nip -6 route show table all\n',
        s,
      ).map((r) => r.stdout);
    const beforeRun = show();
    runDoctor(s);
    expect(show()).toEqual(beforeRun);
    expect(s.trace).toBeUndefined();
  });

  test('findings are ordered errors, warnings, info', () => {
    const s = session(
      'ip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 10.0.0.2/24 dev eth0\nip rule del pref 0\nip rule add pref 10 lookup 77\nip rule add pref 20 goto 30\n',
    );
    const sev = runDoctor(s).map((f) => f.severity);
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(sev[0]).toBe('error');
  });
});
