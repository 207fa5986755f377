import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file runs from apps/api/src/lib under tsx and from apps/api/dist/server.mjs once bundled,
// so paths are found by walking up from here rather than by a fixed number of `..`.
const here = path.dirname(fileURLToPath(import.meta.url));

function walkUp(start: string, found: (dir: string) => boolean): string | undefined {
  let dir = start;
  for (;;) {
    if (found(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The monorepo root (holds pnpm-workspace.yaml); the working directory when deployed without it. */
export function findRepoRoot(): string {
  return walkUp(here, (dir) => existsSync(path.join(dir, 'pnpm-workspace.yaml'))) ?? process.cwd();
}

/** apps/api/drizzle in the repo, or the copy that build.mjs puts beside the bundle (dist/drizzle). */
export function findMigrationsDir(): string {
  const dir = walkUp(here, (d) => existsSync(path.join(d, 'drizzle', 'meta', '_journal.json')));
  return path.join(dir ?? here, 'drizzle');
}
