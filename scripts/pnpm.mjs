#!/usr/bin/env node
// Runs the pinned pnpm (package.json "packageManager") on a machine that only has Node and npm.
// Uses a global pnpm when it is exactly the pinned version, else `npx -y pnpm@<pin>`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pin = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function pnpmCommand() {
  // SIGAP_PNPM_VIA_NPX=1 forces the path a fresh machine takes (no global pnpm).
  const probe = process.env.SIGAP_PNPM_VIA_NPX ? { status: 1, stdout: '' } : spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pin) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${pin}`]];
}

export function pnpm(args, opts = {}) {
  const [cmd, pre] = pnpmCommand();
  const r = spawnSync(cmd, [...pre, ...args], { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(pnpm(process.argv.slice(2)));
}
