// Bundles the rpdb command (src/cli/main.ts) into dist/rpdb.mjs with esbuild, so `npx rpdb`
// starts fast and needs no TypeScript loader. Run by `npm install` (prepare) and by `npm test`.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('src/cli/main.ts')) process.exit(0);
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/rpdb.mjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});
