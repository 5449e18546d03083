/**
 * Prints how long runDoctor takes: on 500 rules over 50 tables (min and median of 10 runs) and on
 * each built-in example (mean of 20 runs). `npx tsx test/analysis/doctor/bench-doctor.ts`
 */
import { createSession, runScript } from '../../../src/scenario/run-script';
import { runDoctor } from '../../../src/analysis/doctor';
import { EXAMPLES } from '../../../src/scenario/examples/index';
let lines =
  'ip link set lo up\nip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 10.0.0.2/24 dev eth0\nip route add default via 10.0.0.1 dev eth0\n';
for (let i = 0; i < 500; i++)
  lines += `ip rule add pref ${1000 + i} ${i % 3 === 0 ? `fwmark ${i + 1}` : i % 3 === 1 ? `to 10.${i % 250}.0.0/16` : `from 192.168.${i % 250}.0/24`} lookup ${100 + (i % 50)}\n`;
for (let t = 0; t < 50; t++) lines += `ip route add default via 10.0.0.${t + 10} dev eth0 table ${100 + t}\n`;
const s = createSession();
runScript(lines, s);
const times: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  runDoctor(s);
  times.push(performance.now() - t);
}
console.log(
  `500 rules: min ${Math.min(...times).toFixed(0)} ms, median ${times.sort((a, b) => a - b)[5]!.toFixed(0)} ms`,
);
const ex: number[] = [];
for (const e of EXAMPLES) {
  const s2 = createSession();
  runScript(e.script, s2);
  const t = performance.now();
  for (let i = 0; i < 20; i++) runDoctor(s2);
  ex.push((performance.now() - t) / 20);
}
console.log(
  'examples: mean',
  (ex.reduce((a, b) => a + b) / ex.length).toFixed(1),
  'ms, max',
  Math.max(...ex).toFixed(1),
  'ms',
);
