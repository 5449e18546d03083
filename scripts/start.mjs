// `npm start`: the app with its default example (the LARTC mail scenario) at http://localhost:5173.
import { spawnSync } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const r = spawnSync('npx', ['vite', '--port', process.env.PORT ?? '5173', '--host', '127.0.0.1'], { stdio: 'inherit' });
process.exit(r.status ?? 0);
