import { describe, expect, it } from 'vitest';
import { decodeRuleSave, detectSaveFile } from '../import/save-format/index';
import { cmdExport, type ExportIo } from './export-command';
import { main } from './main';

const SCRIPT = `ip link add eth0 type veth peer name eth0-p
ip link set eth0 up
ip addr add 192.0.2.1/24 dev eth0
echo 100 vpn >> /etc/iproute2/rt_tables
ip route add default via 192.0.2.254 table vpn
ip rule add fwmark 1 lookup vpn pref 100
sysctl -w net.ipv4.conf.eth0.rp_filter=2
`;

function io(script = SCRIPT, tty = false) {
  const out = {
    stdout: '',
    stderr: '',
    bytes: [] as Uint8Array[],
    files: new Map<string, Uint8Array | string>(),
  };
  const x: ExportIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readScript: (p) => {
      if (p !== 'in.sh' && p !== '-')
        throw Object.assign(new Error('No such file or directory'), { code: 'ENOENT' });
      return script;
    },
    stdoutBytes: (b) => void out.bytes.push(b),
    stdoutIsTty: tty,
    writeFile: (p, d) => void out.files.set(p, d),
  };
  return { io: x, out };
}

describe('rpdb export', () => {
  it('prints the scenario as a script by default', () => {
    const { io: x, out } = io();
    expect(cmdExport(x, ['in.sh'])).toBe(0);
    expect(out.stdout).toMatch(/^#!\/bin\/sh -e\n/);
    expect(out.stdout).toContain('ip rule add from all fwmark 0x1 lookup vpn pref 100\n');
  });

  it('wraps the script for a namespace with --netns: namespace, rt_tables, ip -n and ip netns exec', () => {
    const { io: x, out } = io();
    expect(cmdExport(x, ['--netns', 'try1', 'in.sh'])).toBe(0);
    const t = out.stdout;
    expect(t).toContain('ip netns add try1 ||');
    expect(t).toContain("cat > /etc/netns/try1/iproute2/rt_tables <<'RPDB_EOF'\n");
    expect(t).toContain('\n100 vpn\nRPDB_EOF\n');
    expect(t).toContain('run ip -n try1 link add eth0 type veth peer name eth0-p\n');
    expect(t).toContain('run ip -n try1 link set dev eth0 address 02:00:00:00:00:03\n');
    expect(t).toContain('run ip netns exec try1 sysctl -w net.ipv4.conf.eth0.rp_filter=2\n');
    expect(t).toContain('Remove it with: ip netns del try1; rm -rf /etc/netns/try1');
    expect(t).not.toContain('>> /etc/iproute2');
  });

  it('writes a rule save to standard output, but never to a terminal', () => {
    const { io: x, out } = io();
    expect(cmdExport(x, ['--format', 'rule-save', 'in.sh'])).toBe(0);
    expect(detectSaveFile(out.bytes[0])).toBe('rule-save');
    expect(
      decodeRuleSave(out.bytes[0], { commands: false }).messages.map((m) => m.attrs.priority ?? 0),
    ).toEqual([0, 100, 32766, 32767]);
    const tty = io(SCRIPT, true);
    expect(cmdExport(tty.io, ['--format=route-save', 'in.sh'])).toBe(1);
    expect(tty.out.stderr).toBe('Not sending a binary stream to stdout\n');
  });

  it('writes to a file with -o', () => {
    const { io: x, out } = io();
    expect(cmdExport(x, ['--format', 'route-save', '-6', '-o', 'r.save', 'in.sh'])).toBe(0);
    expect(detectSaveFile(out.files.get('r.save') as Uint8Array)).toBe('route-save');
  });

  it('refuses bad options with a usage error and impossible exports with status 1', () => {
    const cases: [string[], number, string][] = [
      [['--format', 'xml', 'in.sh'], 2, 'rpdb: unknown format "xml" (script, rule-save or route-save)\n'],
      [
        ['--table', 'main', '--format', 'route-save', 'in.sh'],
        2,
        'rpdb: invalid table "main" (a number or all)\n',
      ],
      [['--netns'], 2, 'rpdb: option "--netns" needs a value\n'],
      [[], 2, 'rpdb: missing script FILE (or - for standard input)\n'],
      [
        ['--netns', '../x', 'in.sh'],
        1,
        `rpdb: Invalid namespace name "../x": use 1 to 64 letters, digits, '_', '.' or '-', not starting with '.' or '-'\n`,
      ],
      [
        ['--netns', 'n1', '--format', 'rule-save', 'in.sh'],
        1,
        'rpdb: A namespace applies to the script format only\n',
      ],
      [['nope.sh'], 2, 'rpdb: cannot read nope.sh: No such file or directory\n'],
    ];
    for (const [args, status, err] of cases) {
      const { io: x, out } = io();
      expect([cmdExport(x, args), out.stderr.split("\nTry 'rpdb --help'")[0].replace(/\n?$/, '\n')]).toEqual([
        status,
        err,
      ]);
    }
  });

  it('warns about script lines that failed, and still exports', () => {
    const { io: x, out } = io('ip rule add lookup 5 pref 7\nip route add 10.0.0.0/8 dev nosuch\n');
    expect(cmdExport(x, ['in.sh'])).toBe(0);
    expect(out.stderr).toBe(
      'rpdb: warning: line 2 failed and changed nothing: ip route add 10.0.0.0/8 dev nosuch\n',
    );
    expect(out.stdout).toContain('ip rule add from all lookup 5 pref 7\n');
  });

  it('is reached through main with its usage line', async () => {
    const { io: x, out } = io();
    expect(await main(['--help'], x)).toBe(0);
    expect(out.stdout).toContain('rpdb export [--format script|rule-save|route-save] [--netns NAME]');
    expect(await main(['export', 'in.sh'], x)).toBe(0);
  });
});
