import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotHost } from '../engine/snapshot';
import { createSession, runScriptEach, runScriptPrinting } from './run-script';

const PREAMBLE = [
  'ip link set lo up',
  'ip link add a0 type veth peer name a1',
  'ip link set a0 up',
  'ip link set a1 up',
  'ip addr add 10.0.1.1/24 dev a0',
];

/** Bulk route lines, their near misses, shell syntax, comments and blank lines, failures. */
const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom('24', '16', '32', '33', '024')).map(([a, l]) => `ip route add ${a}.2.3.0/${l} via 10.0.1.254`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((a) => `ip route get ${a}.2.3.4`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'ip route add 1.2.3.0/24 via 10.0.1.254 dev a0 metric 7',
      'ip route add 1.2.3.0/24 via 10.0.2.254',
      'ip route add 1.2.3.0/24\tvia 10.0.1.254',
      'ip route add 1.2.3.0/24 via 10.0.1.254\r',
      'ip route get 1.2.3.4 # a comment',
      "ip route get '1.2.3.4'",
      'ip route get 1.2.3.4; ip route get 5.6.7.8',
      'ip route get 1.2.3.4 && echo yes',
      'ip route get 0.0.0.0 || echo no',
      'ip route get 1.2.3.4 > /tmp/x',
      'cat /tmp/x',
      'ip route show',
      'ip link set a0 down',
      'ip link set a0 up',
      'ip addr add 10.0.2.1/24 dev a0',
      'echo "é ü"',
      'false',
      'exit 3',
      'nosuch command',
      '',
      '   ',
      '# comment',
      '  # indented comment',
      'ip route del 1.2.3.0/24',
      'ip route flush table main',
    ),
  },
);

/** The (stream, text) pieces `rpdb run` printed before: each record's stdout, then its stderr. */
function viaRecords(text: string) {
  const session = createSession();
  const out: [boolean, string][] = [];
  let status = 0;
  runScriptEach(text, session, {}, (r) => {
    status = r.status;
    if (r.stdout) out.push([false, r.stdout]);
    if (r.stderr) out.push([true, r.stderr]);
  });
  return { out, status, state: snapshotHost(session.host) };
}

function viaPrinting(text: string) {
  const session = createSession();
  const out: [boolean, string][] = [];
  const status = runScriptPrinting(text, session, {}, (err, t) => void out.push([err, t]));
  return { out, status, state: snapshotHost(session.host) };
}

describe('runScriptPrinting', () => {
  it('prints, returns and changes the machine exactly as runScriptEach (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, finalNewline) => {
        const text = [...PREAMBLE, ...lines].join('\n') + (finalNewline ? '\n' : '');
        expect(viaPrinting(text)).toEqual(viaRecords(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads each bulk line within the line: the work grows with the script, not its square', () => {
    const lines = [...PREAMBLE];
    for (let i = 0; i < 300; i++) lines.push(`ip route add 11.0.${i}.1 via 10.0.1.254`);
    for (let i = 0; i < 3000; i++) lines.push(`ip route get 11.0.${i % 300}.1`);
    const text = lines.join('\n');
    // Count what String.prototype.indexOf scans of the script (a search past the line end would
    // scan the rest of the script for every line).
    const indexOf = String.prototype.indexOf;
    let scanned = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      const at = indexOf.call(this, search, from);
      if (this === text) scanned += (at < 0 ? this.length : at) - (from ?? 0);
      return at;
    };
    try {
      runScriptPrinting(text, createSession(), {}, () => {});
    } finally {
      String.prototype.indexOf = indexOf;
    }
    expect(scanned).toBeLessThan(3 * text.length);
  });

  it('returns the last command line status, 0 for a script without commands', () => {
    expect(runScriptPrinting('false\n# done\n\n', createSession(), {}, () => {})).toBe(1);
    expect(runScriptPrinting('', createSession(), {}, () => {})).toBe(0);
    expect(runScriptPrinting('# only a comment', createSession(), {}, () => {})).toBe(0);
  });
});
