/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The API (apps/api) serves the built SPA from dist/ in production and in the e2e tests;
// in development Vite serves it and forwards /api to the API on its default port.
export default defineConfig({
  plugins: [react(), sharedIsPure(), preloadRoute('src/app/routes/lapor.tsx')],
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
      output: {
        // English catalogue parts are `en-<part>-<hash>.js`: fetched only when English is chosen
        // (e2e/landing.spec.ts looks for them by that name).
        chunkFileNames: (chunk) =>
          /[\\/]src[\\/]locales[\\/]en[\\/]/.test(chunk.facadeModuleId ?? '') ? 'assets/en-[name]-[hash].js' : 'assets/[name]-[hash].js',
        codeSplitting: {
          // Everything the entry imports statically is loaded on every page anyway: one chunk
          // (react-dom, react, react-router, the frame, the translations' core) rather than the
          // handful of small ones the automatic split makes of what other chunks share with it —
          // fewer requests and less gzip overhead on a phone's first load (scripts/bundle-size.mjs).
          groups: [{ name: 'framework', tags: ['$initial'], test: (id: string) => !/[\\/]src[\\/]main\.tsx$|index\.html/.test(id) }],
        },
      },
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

/**
 * `<link rel="modulepreload">` in index.html for a lazy page's chunk and everything it imports
 * statically, beside Vite's own links for the entry's imports: the browser fetches the complaint
 * form's code in parallel with the framework, instead of after the entry has run and the router
 * has asked for it (a round trip more on a slow phone connection). index.html is every page's, so
 * other pages fetch it too (~13 KB gzipped, cached for good afterwards); /lapor is what most visitors
 * come for (the home page's first button leads there). main.tsx starts every other page's chunks
 * itself, before the translations' set-up.
 */
function preloadRoute(route: string): Plugin {
  return {
    name: 'sigap:preload-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const start = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${route}`));
        if (!start) throw new Error(`sigap:preload-route: no chunk for ${route}`);
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file)) return;
          files.push(file);
          const chunk = chunks.find((c) => c.fileName === file);
          for (const dep of chunk?.imports ?? []) visit(dep);
        };
        visit(start.fileName);
        const links = files
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => `    <link rel="modulepreload" crossorigin href="/${f}">\n`)
          .join('');
        return html.replace(/\n\s*<\/head>/, (end) => `\n${links.trimEnd()}${end}`);
      },
    },
  };
}
