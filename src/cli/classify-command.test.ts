import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureBytes } from '../capture/capture-reader';
import { main, type CliIo } from './main';

const DIR = join(__dirname, '../../test/classify-fixtures');
const SCENARIO = readFileSync(join(DIR, 'scenario.sh'), 'utf8');
const LAN_IN = join(DIR, 'lan-in.pcap');
const TMP = mkdtempSync(join(tmpdir(), 'rpdb-classify-'));

async function run(argv: string[], script = SCENARIO) {
  const res = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (res.stdout += t),
    stderr: (t) => void (res.stderr += t),
    readScript: (p) => {
      if (p === 's.sh') return script;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  };
  const status = await main(['classify', ...argv], io);
  return { status, ...res };
}

const kernelLines = (file: string) =>
  readFileSync(join(DIR, `${file}.kernel.jsonl`), 'utf8')
    .trimEnd()
    .split('\n');

describe('rpdb classify', () => {
  it('--json prints one object per packet with the keys of the issue, in order', async () => {
    const r = await run(['--json', 's.sh', LAN_IN, '--iif', 'lan0']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(kernelLines('lan-in.pcap').length);
    expect(Object.keys(JSON.parse(lines[1]) as object)).toEqual([
      'index',
      'query',
      'status',
      'stdout',
      'stderr',
    ]);
    expect(lines[1]).toBe(kernelLines('lan-in.pcap')[1]);
  });
  it('accepts the options in any order and in --opt=value form', async () => {
    const a = await run(['--json', 's.sh', LAN_IN, '--iif', 'lan0']);
    const b = await run(['--iif=lan0', 's.sh', '--json', LAN_IN]);
    expect(b).toEqual(a);
  });
  it('prints skipped packets as {"index", "skipped"}', async () => {
    const r = await run(['--json', 's.sh', join(DIR, 'any-sll2.pcap')]);
    const skipped = r.stdout.split('\n').filter((l) => l.includes('"skipped"'));
    expect(skipped.length).toBeGreaterThan(0);
    expect(Object.keys(JSON.parse(skipped[0]) as object)).toEqual(['index', 'skipped']);
  });
  it('without --json prints a table and a summary by rule, table and verdict', async () => {
    const r = await run(['s.sh', join(DIR, 'any-sll2.pcap')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ +# +link +dir +packet +mark +rule +table +verdict\n/);
    expect(r.stdout).toMatch(
      /\n +\d+ +lan0 +in +10\.9\.0\.130 > 8\.8\.8\.8 udp 40053 > 53 +- +200 +100 +dev wan1\n/,
    );
    expect(r.stdout).toMatch(/\n82 packets: \d+ classified, \d+ skipped\n +packets +rule +table +verdict\n/);
    expect(r.stdout).toMatch(/\n +\d+ +200 +100 +dev wan1\n/);
    expect(r.stdout).toMatch(/\n +\d+ +skipped: addressed to another host/);
  });
  it('names unknown links of --iif, --output and --map in iproute2 words, exit 2', async () => {
    const r = await run(['s.sh', LAN_IN, '--iif', 'eth9', '--map', 'eth0=wan7']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'rpdb: --map eth0=wan7: Cannot find device "wan7"\nrpdb: --iif eth9: Cannot find device "eth9"\n',
    );
    expect(r.stdout).toBe('');
  });
  it('rejects bad usage with exit 2', async () => {
    expect((await run(['s.sh'])).stderr).toMatch(/^rpdb: classify needs a SCRIPT and a CAPTURE file\n/);
    expect((await run(['s.sh', LAN_IN, '--map', 'eth0'])).stderr).toMatch(
      /^rpdb: --map takes CAPIF=LINK, not "eth0"\n/,
    );
    expect((await run(['s.sh', LAN_IN, '--iif'])).stderr).toMatch(/^rpdb: option "--iif" needs a value\n/);
    expect((await run(['s.sh', LAN_IN, '--fast'])).status).toBe(2);
  });
  it('says which file cannot be read', async () => {
    expect(await run(['s.sh', join(TMP, 'none.pcap')])).toMatchObject({
      status: 2,
      stderr: `rpdb: cannot read ${join(TMP, 'none.pcap')}: No such file or directory\n`,
    });
    expect(await run(['x.sh', LAN_IN])).toMatchObject({
      status: 2,
      stderr: 'rpdb: cannot read x.sh: No such file or directory\n',
    });
  });
  it('warns about script lines that failed, and goes on', async () => {
    const r = await run(
      ['--json', 's.sh', LAN_IN, '--iif', 'lan0'],
      `${SCENARIO}ip rule add pref 7 lookup\n`,
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^rpdb: warning: s\.sh line \d+ failed \(exit 255\): /);
  });
  it('classifies the packets before a truncated record, then names byte offset and packet, exit 1', async () => {
    const bytes = readFileSync(LAN_IN);
    const whole = readCaptureBytes(new Uint8Array(bytes)).records.length;
    const cut = join(TMP, 'cut.pcap');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
    const full = await run(['--json', 's.sh', LAN_IN, '--iif', 'lan0']);
    const r = await run(['--json', 's.sh', cut, '--iif', 'lan0']);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual(
      full.stdout
        .trimEnd()
        .split('\n')
        .slice(0, whole - 1),
    );
    expect(r.stderr).toMatch(
      new RegExp(`^rpdb: ${cut}: at byte \\d+ \\(packet ${whole}\\): file ends inside a record: `),
    );
  });
  it('reports a file that is no capture at byte 0', async () => {
    const bad = join(TMP, 'bad.pcap');
    writeFileSync(bad, 'hello world, not a capture');
    const r = await run(['s.sh', bad, '--iif', 'lan0']);
    expect(r).toMatchObject({
      status: 1,
      stdout: `${'#'.padStart(7)}  link     dir packet${' '.repeat(46)} mark     rule   table    verdict\n`,
    });
    expect(r.stderr).toBe(`rpdb: ${bad}: at byte 0: not a pcap or pcapng file: magic 0x68656c6c\n`);
  });
});
