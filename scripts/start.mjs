#!/usr/bin/env node
/**
 * `npm start`: install, build the SPA and the API, then serve both on one port.
 * Without DATABASE_URL it runs on the embedded PGlite database in DATA_DIR with the demo organisation.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpm } from './pnpm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (label, args) => {
  console.log(`\n▸ ${label}`);
  if (pnpm(args) !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(1);
  }
};

step('Installing dependencies', ['install', '--frozen-lockfile']);
step('Building the web app', ['--filter', '@sigap/web', 'build']);
step('Building the API', ['--filter', '@sigap/api', 'build']);

console.log('\n▸ Starting SIGAP');
const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/server.mjs')], {
  stdio: 'inherit',
  cwd: root,
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
