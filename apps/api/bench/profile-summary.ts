/**
 * Where SIGAP's server spends its CPU: reads the .cpuprofile files written by `pnpm bench --profile DIR`
 * (node --cpu-prof) and prints self time by package (npm dependencies by name, our bundle as
 * `sigap`, Node's own modules as `node`, and V8's garbage collector / program entries) and the
 * functions with the most self time.
 *
 *   pnpm --filter @sigap/api exec tsx bench/profile-summary.ts DIR [--top 25]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to, from its URL. */
export function packageOf(url: string): string {
  if (!url) return '(v8)';
  if (url.startsWith('node:')) return 'node';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes('/dist/server.mjs')) return 'sigap';
  return path.basename(url);
}

export function summarise(profiles: Profile[], top = 25) {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    // Self time: each sample's duration goes to the node that was on top of the stack.
    p.samples.forEach((id, i) => {
      const n = nodes.get(id)!;
      const us = p.timeDeltas[i] ?? 0;
      const name = n.callFrame.functionName || '(anonymous)';
      if (name === '(idle)') return;
      const pkg = name.startsWith('(') ? name : packageOf(n.callFrame.url);
      total += us;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
      const fn = `${pkg}: ${name}${n.callFrame.url && !name.startsWith('(') ? ` (${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1})` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    });
  }
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => ({ name: k, ms: Math.round(us / 1000), share: us / Math.max(1, total) }));
  return { totalMs: Math.round(total / 1000), packages: rank(byPackage, 40), functions: rank(byFunction, top) };
}

function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: profile-summary.ts DIR [--top N]');
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 25;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  const s = summarise(files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Profile), top);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`${files.length} profile(s), ${s.totalMs} ms of CPU (idle excluded)\n\n| package | self ms | share |\n|---|---:|---:|`);
  for (const p of s.packages) console.log(`| ${p.name} | ${p.ms} | ${pct(p.share)} |`);
  console.log(`\n| function | self ms | share |\n|---|---:|---:|`);
  for (const f of s.functions) console.log(`| ${f.name.replace(/\|/g, '\\|')} | ${f.ms} | ${pct(f.share)} |`);
}

main();
