// Bundles the rpdb command (src/cli/main.ts) into dist/rpdb.mjs with esbuild, so `npx rpdb`
// starts fast and needs no TypeScript loader. Run by `npm install` (prepare) and by `npm test`.
// It also writes dist/rpdb.cjs, the same bundle as a CommonJS module tagged with its content
// hash, and a V8 code cache of it made by running one small script: bin/rpdb.mjs loads that
// bundle with the cache, which saves compiling it on every start (~20 ms of ~90).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

if (!existsSync('src/cli/main.ts')) process.exit(0);
const common = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
};
await build({ ...common, format: 'esm', outfile: 'dist/rpdb.mjs', sourcemap: 'linked' });

// The CommonJS bundle starts with a line naming its content, which names its code cache.
const out = await build({ ...common, format: 'cjs', write: false });
// esbuild writes code in ASCII but keeps comments as written: escaping their few other
// characters makes the whole bundle ASCII, which bin/rpdb.mjs reads as latin1 (a copy, where
// UTF-8 would need decoding into a two-byte string).
const code = out.outputFiles[0].text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
for (const f of readdirSync('dist')) if (/^rpdb-[0-9a-f]+\.cache$/.test(f) || f === 'rpdb.cjs') rmSync(`dist/${f}`);
// Written aside and renamed, so that an rpdb starting meanwhile never reads half a bundle.
writeFileSync('dist/rpdb.cjs.tmp', `// rpdb-build ${id}\n${code}`);
renameSync('dist/rpdb.cjs.tmp', 'dist/rpdb.cjs');
// The cache is made by bin/rpdb.mjs itself (same loader, same V8 flags) running a short script;
// without it (the run failed) rpdb still works, compiling the bundle at each start.
const sample = [
  'ip link set lo up',
  'ip link add a0 type veth peer name a1',
  'ip link set a0 up',
  'ip addr add 10.0.1.1/24 dev a0',
  'ip route add 1.2.3.0/24 via 10.0.1.254',
  'ip route add 1.2.4.0/24 via 10.0.1.254',
  'ip route add 1.2.5.0/24 via 10.0.1.254 metric 5',
  'ip route get 1.2.3.4',
  'ip route get 1.2.6.4',
  'ip route show',
].join('\n');
const r = spawnSync(process.execPath, ['bin/rpdb.mjs', 'run', '-'], {
  input: `${sample}\n`,
  env: { ...process.env, RPDB_WRITE_CODE_CACHE: `dist/rpdb-${id}.cache` },
  stdio: ['pipe', 'ignore', 'pipe'],
});
if (r.status !== 0 || !existsSync(`dist/rpdb-${id}.cache`)) process.stderr.write(`build-cli: no code cache made (${r.stderr}); rpdb works without one\n`);
