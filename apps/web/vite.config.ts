/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The API (apps/api) serves the built SPA from dist/ in production and in the e2e tests;
// in development Vite serves it and forwards /api to the API on its default port.
export default defineConfig({
  plugins: [react(), sharedIsPure()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  // Unit tests (vitest) live next to the code; e2e/ is Playwright's.
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph, checked by e2e/bundle.spec.ts (staff code stays out of public pages).
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // @sigap/shared is data and pure functions: a module none of whose exports a page uses is
        // dropped whole (what `"sideEffects": false` in its package.json would say).
        moduleSideEffects: (id) => !/[\\/]packages[\\/]shared[\\/]/.test(id),
      },
    },
  },
});

/**
 * Marks the top-level `const X = call(…)` initialisers of @sigap/shared as pure, so a page that
 * imports only the SOP's constants does not drag in zod through schemas it never uses
 * (`export const ZRole = z.enum(ROLES)` would otherwise be kept: a bundler can't know the call is
 * pure). The landing page's JS shrinks by ~28 kB gzipped. Unused results only are dropped; a page
 * that uses a schema keeps it. Remove this once packages/shared annotates its exports itself.
 */
function sharedIsPure(): Plugin {
  const SHARED = /[\\/]packages[\\/]shared[\\/]src[\\/].*\.ts$/;
  return {
    name: 'sigap:shared-is-pure',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: SHARED },
      handler(code, id) {
        if (/\.test\.ts$/.test(id)) return null;
        const program = this.parse(code, { lang: 'ts' });
        const at: number[] = [];
        for (const node of program.body) {
          const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
          if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
          for (const d of decl.declarations) {
            let init = d.init as { type: string; start: number; expression?: unknown } | null | undefined;
            while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression' || init.type === 'ParenthesizedExpression')) {
              init = init.expression as typeof init;
            }
            if (init && (init.type === 'CallExpression' || init.type === 'NewExpression')) at.push(init.start);
          }
        }
        if (at.length === 0) return null;
        let out = code;
        for (const pos of at.sort((a, b) => b - a)) out = `${out.slice(0, pos)}/* @__PURE__ */ ${out.slice(pos)}`;
        return { code: out, map: null };
      },
    },
  };
}
