#!/usr/bin/env node
// The rpdb command: runs the bundle that `npm install` (prepare) builds from src/cli.
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/rpdb.mjs', import.meta.url));
const cjsBundle = fileURLToPath(new URL('../dist/rpdb.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('rpdb: dist/rpdb.mjs is missing; run "npm install" (or "npm run build:cli") first.\n');
  process.exit(1);
}
// `rpdb run` spends most of a bulk script's time before TurboFan has compiled its few hot
// functions: smaller inlining budgets make those compiles finish sooner (measured: 100,000 route
// adds + 10,000 gets, about 15% less CPU, same steady-state speed). The flag is read at each
// compile, so setting it here works; only V8 versions known to have it get it (an unknown flag
// would print an error).
const v8Major = Number(process.versions.v8.split('.')[0]);
if (process.argv[2] === 'run' && v8Major >= 10 && v8Major <= 13) setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

/**
 * Loads dist/rpdb.cjs (the same bundle as CommonJS, first line `// rpdb-build ID`) with the V8
 * code cache scripts/build-cli.mjs made for exactly that build (dist/rpdb-ID.cache), so the
 * bundle is not compiled again at each start. V8 itself refuses a cache of another V8 version
 * or other flags (then it compiles as usual). RPDB_WRITE_CODE_CACHE=FILE: write the cache after
 * the command ran (the build does this).
 */
function loadWithCodeCache() {
  // The build writes it in ASCII (see scripts/build-cli.mjs), which reads fastest as latin1.
  const bytes = readFileSync(cjsBundle);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const m = /^\/\/ rpdb-build ([0-9a-f]+)\n/.exec(source.slice(0, 64));
  const cacheFile = m ? fileURLToPath(new URL(`../dist/rpdb-${m[1]}.cache`, import.meta.url)) : null;
  const writeTo = process.env.RPDB_WRITE_CODE_CACHE;
  let cachedData;
  // The cache is made by `run` (with its flag): other commands would have it refused.
  if (cacheFile && !writeTo && process.argv[2] === 'run' && existsSync(cacheFile)) cachedData = readFileSync(cacheFile);
  const script = new Script(Module.wrap(source), { filename: cjsBundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(cjsBundle), module, cjsBundle, fileURLToPath(new URL('../dist', import.meta.url)));
  const done = () => {
    if (!writeTo) return;
    writeFileSync(`${writeTo}.tmp`, script.createCachedData());
    renameSync(`${writeTo}.tmp`, writeTo);
  };
  return { main: module.exports.main, done };
}

// The CommonJS bundle is used only when it was built with (after) the ES one: a build by an older
// scripts/build-cli.mjs, which makes only dist/rpdb.mjs, must not leave a stale one in use.
const cjsCurrent = existsSync(cjsBundle) && statSync(cjsBundle).mtimeMs >= statSync(bundle).mtimeMs;
const loaded = cjsCurrent ? loadWithCodeCache() : { main: (await import(bundle)).main, done: () => {} };
process.exitCode = await loaded.main(process.argv.slice(2));
loaded.done();
