// Bundles bench/run.ts for `npm run bench` the way the app and the CLI ship (esbuild, no
// keep-names wrappers), so the figures measure the engine, not a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/bench.mjs',
  logLevel: 'warning',
});
