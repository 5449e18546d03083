/**
 * Figures for the README: how long encoding and decoding big save files takes.
 *
 *   npx tsx test/save-format/measure.ts [ROUTES] [RULES]
 *
 * Builds a host with ROUTES IPv4 routes (default 100,000, in table 100 through one device) and
 * RULES rules (default 5,000), then times encodeRouteSave / encodeRuleSave, decoding the files
 * to messages, and decoding them to commands.
 */
import { performance } from 'node:perf_hooks';
import { AF_INET, routeNew, ruleNew, NLM_F } from '../../src/engine/index';
import {
  decodeRouteSave,
  decodeRuleSave,
  encodeRouteSave,
  encodeRuleSave,
} from '../../src/import/save-format/index';
import { createSession, runScript } from '../../src/scenario/run-script';

const routes = Number(process.argv[2] ?? 100_000);
const rules = Number(process.argv[3] ?? 5_000);
const session = createSession();
runScript(
  'ip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 192.0.2.1/24 dev eth0\n',
  session,
);
const eth0 = session.host.ifindexByName('eth0')!;
for (let i = 0; i < routes; i++) {
  const dst = (0x0a000000 + i * 256) >>> 0;
  routeNew(
    session.host,
    {
      family: AF_INET,
      dstLen: 24,
      srcLen: 0,
      tos: 0,
      table: 100,
      protocol: 4,
      scope: 253,
      type: 1,
      flags: 0,
      attrs: { dst, oif: eth0 },
    },
    NLM_F.CREATE | NLM_F.EXCL,
  );
}
for (let i = 0; i < rules; i++)
  ruleNew(
    session.host,
    {
      family: AF_INET,
      dstLen: 0,
      srcLen: 0,
      tos: 0,
      table: 100,
      action: 1,
      flags: 0,
      attrs: { priority: 1000 + i, fwmark: i + 1 },
    },
    NLM_F.CREATE | NLM_F.EXCL,
  );

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const v = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return v;
}

const routeBytes = time(`encodeRouteSave, ${routes} routes`, () =>
  encodeRouteSave(session.host, 4, { table: 'all' }),
);
console.log(`  ${routeBytes.length} bytes`);
const ruleBytes = time(`encodeRuleSave, ${rules + 3} rules`, () => encodeRuleSave(session.host, 4));
const d = time('decodeRouteSave to messages', () => decodeRouteSave(routeBytes, { commands: false }));
console.log(`  ${d.messages.length} messages, ok ${d.ok}`);
time('decodeRuleSave to messages', () => decodeRuleSave(ruleBytes, { commands: false }));
const base = createSession();
runScript(
  'ip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 192.0.2.1/24 dev eth0\n',
  base,
);
const c = time('decodeRuleSave to commands', () => decodeRuleSave(ruleBytes, { base }));
console.log(`  ${c.commands.split('\n').length - 1} commands`);
const small = new Uint8Array(routeBytes.subarray(0, 4 + 10_000 * 52));
const rc = time('decodeRouteSave to commands, 10,000 routes', () => decodeRouteSave(small, { base }));
console.log(`  ${rc.commands.split('\n').length - 1} commands, ok ${rc.ok}`);
