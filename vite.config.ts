// The browser app's build. Everything it needs is bundled: no fonts, scripts or styles from other
// origins, so the built app works offline and from any folder (base './'). It builds into
// dist/web so that emptying its output folder never deletes the rpdb bundle in dist/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: 'dist/web', target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1', port: 5179, strictPort: true },
  preview: { host: '127.0.0.1', port: 5179, strictPort: true },
});
