/**
 * Times the app's machine tools as the worker runs them (src/worker/machine-api.ts), on the
 * scenario of test/analysis/doctor/bench-doctor.ts (N rules, default 500, over 50 tables): each
 * call runs the script from scratch, as the worker does after an edit.
 * Run: npx tsx test/machine/bench-machine.ts [N]
 */
import { createMachineApi } from '../../src/worker/machine-api';

const RULES = Number(process.argv[2] ?? 500);
let script =
  'ip link set lo up\nip link add eth0 type veth peer name eth0-p\nip link set eth0 up\nip link set eth0-p up\nip addr add 10.0.0.2/24 dev eth0\nip route add default via 10.0.0.1 dev eth0\n';
for (let i = 0; i < RULES; i++)
  script += `ip rule add pref ${1000 + i} ${i % 3 === 0 ? `fwmark ${i + 1}` : i % 3 === 1 ? `to 10.${i % 250}.0.0/16` : `from 192.168.${i % 250}.0/24`} lookup ${100 + (i % 50)}\n`;
for (let t = 0; t < 50; t++) script += `ip route add default via 10.0.0.${t + 10} dev eth0 table ${100 + t}\n`;
const moved = 1000 + Math.floor(RULES / 2);
const after = script.replace(`ip rule add pref ${moved} `, 'ip rule add pref 999 ');

const api = createMachineApi();
function time(label: string, f: () => unknown, runs = 5): void {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: min ${ms[0].toFixed(0)} ms, median ${ms[Math.floor(runs / 2)].toFixed(0)} ms`);
}
time(`doctor, ${RULES} rules`, () => api.machineDoctor(script));
time(`packet classes of rule ${moved}`, () => api.machineReach(script, { kind: 'rule', family: 4, pref: moved }), 3);
time('packet classes of table 120', () => api.machineReach(script, { kind: 'table', family: 4, table: 120, name: '120' }), 3);
time('compare (one rule moved)', () => api.machineCompare(script, after), 3);
time('export ip route save', () => api.machineExport(script, 'route-save'));
