// Bundles src/server.ts into dist/server.mjs and copies the migrations beside it (dist/drizzle),
// where src/lib/paths.ts looks for them.
//
// npm dependencies stay external and load from node_modules at run time: @node-rs/argon2 is a
// native addon, PGlite loads its .wasm/.data files relative to itself, and pino's transports
// expect their own files. Workspace packages (@sigap/shared) export TypeScript source that Node
// cannot load, so those are bundled in.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = Object.entries(pkg.dependencies ?? {})
  .filter(([, version]) => !String(version).startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: [path.join(root, 'src/server.ts')],
  outfile: path.join(dist, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'info',
});

cpSync(path.join(root, 'drizzle'), path.join(dist, 'drizzle'), { recursive: true });
console.log('copied drizzle/ → dist/drizzle/');
