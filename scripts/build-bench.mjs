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

// The import benchmark (bench/import-bench.ts) runs as its own bundle and process.
await build({
  entryPoints: ['bench/import-bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/bench-import.mjs',
  logLevel: 'warning',
});

// The classify benchmark (bench/classify.ts: parse + mark + classify, tshark anchor) likewise.
await build({
  entryPoints: ['bench/classify.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/bench-classify.mjs',
  logLevel: 'warning',
});

// The packet-class benchmark (bench/packet-classes.ts: 500-rule "which packets reach this?").
await build({
  entryPoints: ['bench/packet-classes.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/bench-classes.mjs',
  logLevel: 'warning',
});
