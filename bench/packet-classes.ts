/**
 * `npm run bench` (packet classes): the "which packets reach this?" analysis of a 500-rule IPv4
 * scenario (target under 1 s): source, destination, fwmark/mask, iif + source and TCP port
 * rules over 50 tables. Printed, never asserted.
 */
import { packetClasses } from '../src/analysis/packet-class';
import { walkPackets } from '../src/analysis/packet-class-walk';
import { compareSessions } from '../src/analysis/compare';
import { createSession, runScript } from '../src/scenario/run-script';

const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

/** The benchmark scenario: 50 tables of 2 routes, 500 rules of five kinds. */
export function benchScenario(rules = 500): string {
  const lines = [
    'ip link set lo up',
    'ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1',
    'ip link set a0 up',
    'ip link set a1 up',
    'ip addr add 10.0.1.1/24 dev a0',
    'ip route add default via 10.0.1.254',
  ];
  for (let t = 0; t < 50; t++)
    lines.push(
      `ip route add table ${100 + t} default via 10.0.1.${t + 2}`,
      `ip route add table ${100 + t} 172.16.${t}.0/24 dev a0`,
    );
  for (let i = 0; i < rules; i++) {
    const k = i % 5;
    const sel =
      k === 0
        ? `from 10.${i >> 8}.${i & 255}.0/24`
        : k === 1
          ? `to 192.168.${i & 255}.0/24`
          : k === 2
            ? `fwmark 0x${(i & 0xff).toString(16)}00/0xff00`
            : k === 3
              ? `iif a1 from 10.200.${i & 255}.0/24`
              : `ipproto tcp dport ${1000 + i}`;
    lines.push(`ip rule add pref ${1000 + i} ${sel} lookup ${100 + (i % 50)}`);
  }
  return lines.join('\n');
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

const session = createSession();
runScript(benchScenario(), session);
walkPackets(session.host, 4); // warm-up
const [walk, walkMs] = time(() => walkPackets(session.host, 4));
const boxes = walk.outcomes.reduce((n, o) => n + o.set.length, 0);
line(
  'packet classes: RPDB walk over 500 IPv4 rules (target < 1 s)',
  `${walkMs.toFixed(0)} ms (${walk.outcomes.length} outcomes, ${boxes} boxes)`,
);
const [rule, ruleMs] = time(() => packetClasses(session, { kind: 'rule', family: 4, pref: 1400 }));
line(
  'packet classes of one rule (walk + classes + probes)',
  `${ruleMs.toFixed(0)} ms (${rule.length} classes)`,
);
const [table, tableMs] = time(() => packetClasses(session, { kind: 'table', family: 4, table: 120 }));
line(
  'packet classes of one table (walk + classes + probes)',
  `${tableMs.toFixed(0)} ms (${table.length} classes)`,
);

/**
 * The harder shape (test/machine/bench-machine.ts): each rule decides on its own fwmark, `to` or
 * `from`, each of 50 tables holds a default route; the rule classes, the table classes and the
 * comparison with the middle rule moved first.
 */
export function decidingScenario(rules = 500): string {
  let script =
    'ip link set lo up\nip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 10.0.0.2/24 dev eth0\nip route add default via 10.0.0.1 dev eth0\n';
  for (let i = 0; i < rules; i++)
    script += `ip rule add pref ${1000 + i} ${i % 3 === 0 ? `fwmark ${i + 1}` : i % 3 === 1 ? `to 10.${i % 250}.0.0/16` : `from 192.168.${i % 250}.0/24`} lookup ${100 + (i % 50)}\n`;
  for (let t = 0; t < 50; t++)
    script += `ip route add default via 10.0.0.${t + 10} dev eth0 table ${100 + t}\n`;
  return script;
}

const hard = createSession();
const hardScript = decidingScenario();
runScript(hardScript, hard);
const [hardWalk, hardWalkMs] = time(() => walkPackets(hard.host, 4));
line(
  'packet classes, deciding rules: RPDB walk over 500 rules',
  `${hardWalkMs.toFixed(0)} ms (${hardWalk.outcomes.length} outcomes)`,
);
const [hardRule, hardRuleMs] = time(() => packetClasses(hard, { kind: 'rule', family: 4, pref: 1250 }));
line(
  'packet classes, deciding rules: of rule 1250 (target < 1 s)',
  `${hardRuleMs.toFixed(0)} ms (${hardRule.length} classes)`,
);
const [hardTable, hardTableMs] = time(() => packetClasses(hard, { kind: 'table', family: 4, table: 120 }));
line(
  'packet classes, deciding rules: of table 120 (target < 1 s)',
  `${hardTableMs.toFixed(0)} ms (${hardTable.length} classes)`,
);
const moved = createSession();
runScript(hardScript.replace('ip rule add pref 1250 ', 'ip rule add pref 999 '), moved);
const [cmp, cmpMs] = time(() => compareSessions(hard, moved));
line(
  'compare, deciding rules: rule 1250 moved first (both families)',
  `${cmpMs.toFixed(0)} ms (${cmp.changedClasses.length} changed classes)`,
);
