/**
 * Prints how much of the kernel corpus the simulator reproduces: records agreeing / total, per topic
 * and overall (`npx tsx test/kernel/corpus-report.ts [--scripts] [TOPIC...]`). With --scripts it
 * also lists every script that has at least one differing record.
 */
import { runScript } from '../../src/scenario/run-script';
import { compareRecords, computeAgreement, loadCorpus, simulate } from './corpus';

const args = process.argv.slice(2);
const listScripts = args.includes('--scripts');
const topics = args.filter((a) => !a.startsWith('--'));
const entries = loadCorpus().filter((e) => topics.length === 0 || topics.includes(e.topic));
const { total, byTopic } = computeAgreement(runScript, entries);

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
const rows: string[][] = [['topic', 'scripts ok', 'records ok', '%']];
for (const [topic, a] of [...byTopic].sort((x, y) => x[0].localeCompare(y[0])))
  rows.push([
    topic,
    `${a.scriptsAgreeing}/${a.scripts}`,
    `${a.agreeing}/${a.records}`,
    pct(a.agreeing, a.records),
  ]);
rows.push([
  'TOTAL',
  `${total.scriptsAgreeing}/${total.scripts}`,
  `${total.agreeing}/${total.records}`,
  pct(total.agreeing, total.records),
]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows)
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));

if (listScripts) {
  console.log('');
  for (const e of entries) {
    if (!e.recording) continue;
    const cmp = compareRecords(e.recording.records, simulate(runScript, e.script));
    const bad = cmp.filter((c) => !c.agree);
    if (bad.length) console.log(`${e.id}: ${bad.length} differ (lines ${bad.map((c) => c.line).join(', ')})`);
  }
}
const unrecorded = loadCorpus().filter((e) => !e.recording).length;
if (unrecorded) console.log(`\n${unrecorded} script(s) not recorded yet`);
