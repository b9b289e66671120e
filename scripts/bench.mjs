// `pnpm bench` / `npm run bench`: runs every benchmark file 3 times, each run in its own process,
// and rewrites BENCHMARKS.md with the machine, versions and min / median / max of each figure.
// A benchmark prints one JSON line per figure on stdout (see docs/benchmarks.md for the contract).
import { ensureDependencies, ensureSystemPackages, ensureWebBuild, root } from './ensure.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, relative } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = process.argv.slice(2);

ensureDependencies();
ensureSystemPackages();
ensureWebBuild();

/** Returns every `bench/*.bench.ts` file under packages/*, templates and examples. */
function benchFiles() {
  const dirs = [];
  for (const base of ['packages', 'templates']) {
    const abs = join(root, base);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) dirs.push(join(abs, name, 'bench'));
  }
  dirs.push(join(root, 'examples', 'bench'));
  return dirs.filter(existsSync)
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => join(dir, f)))
    .filter((file) => only.length === 0 || only.some((o) => file.includes(o)))
    .sort();
}

/** Runs one benchmark file once; returns its parsed figure lines. */
function runOnce(file) {
  const res = spawnSync('pnpm', ['exec', 'tsx', file], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (res.status !== 0) {
    console.error(`[bench] ${relative(root, file)} exited with ${res.status ?? res.signal}`);
  }
  return (res.stdout ?? '').split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try { return [JSON.parse(line)]; } catch { return []; }
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function fmt(value) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Returns "met", "missed" or "" for a target such as ">= 1000" or "<= 150". */
function verdict(target, value) {
  const m = /^\s*(>=|<=|>|<)\s*([\d.,_]+)/.exec(target ?? '');
  if (!m) return '';
  const t = Number(m[2].replace(/[,_]/g, ''));
  const ok = m[1] === '>=' ? value >= t : m[1] === '<=' ? value <= t : m[1] === '>' ? value > t : value < t;
  return ok ? 'met' : '**missed**';
}

function versionOf(pkg) {
  for (const dir of ['node_modules', 'packages/server/node_modules', 'packages/runtime/node_modules', 'packages/designer/node_modules']) {
    const file = join(root, dir, pkg, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return 'n/a';
}

const files = benchFiles();
if (files.length === 0) {
  console.error('[bench] no benchmark files found');
  process.exit(1);
}

/** @type {Map<string, { bench: string, figure: string, unit: string, target?: string, better?: string, values: number[] }>} */
const figures = new Map();
/** Notes per benchmark file's bench name, from its latest run only (each run restates them). */
const notes = new Map();
const started = Date.now();
for (const file of files) {
  for (let run = 1; run <= RUNS; run += 1) {
    console.error(`[bench] ${relative(root, file)} run ${run}/${RUNS}`);
    const rows = runOnce(file);
    for (const bench of new Set(rows.filter((r) => r.note).map((r) => r.bench))) notes.set(bench, []);
    for (const row of rows) {
      if (row.note) { notes.get(row.bench).push(row.note); continue; }
      if (typeof row.value !== 'number') continue;
      const key = `${row.bench}\u0000${row.figure}`;
      const entry = figures.get(key) ?? { bench: row.bench, figure: row.figure, unit: row.unit, target: row.target, better: row.better, values: [] };
      entry.values.push(row.value);
      figures.set(key, entry);
    }
  }
}

const cpu = cpus();
const lines = [
  '# Benchmarks',
  '',
  `Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round((Date.now() - started) / 1000)} s.`,
  `Each figure is min / median / max over ${RUNS} runs, each run a separate process. Targets are`,
  'reported, never asserted in tests; a shared 2-core machine is noisy, so ratios measured in the same run',
  'matter more than absolute numbers.',
  '',
  '## Machine and versions',
  '',
  `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}; memory ${Math.round(totalmem() / 2 ** 30)} GiB; Linux ${release()}`,
  `- Node ${process.version}; ${['ajv', 'better-sqlite3', 'drizzle-orm', 'express', 'docxtemplater', 'bpmn-engine', 'autocannon', '@xyflow/react', 'playwright-core']
    .map((p) => `${p} ${versionOf(p)}`).join(', ')}`,
  '',
];
const byBench = new Map();
for (const f of figures.values()) byBench.set(f.bench, [...(byBench.get(f.bench) ?? []), f]);
for (const [bench, rows] of byBench) {
  lines.push(`## ${bench}`, '', '| figure | min | median | max | unit | target | |', '|---|---:|---:|---:|---|---|---|');
  for (const r of rows) {
    const med = median(r.values);
    lines.push(`| ${r.figure} | ${fmt(Math.min(...r.values))} | ${fmt(med)} | ${fmt(Math.max(...r.values))} | ${r.unit ?? ''} | ${r.target ?? ''} | ${verdict(r.target, med)} |`);
  }
  const benchNotes = notes.get(bench) ?? [];
  if (benchNotes.length) lines.push('', ...benchNotes.map((n) => `- ${n}`));
  lines.push('');
}
writeFileSync(join(root, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
console.error(`[bench] wrote BENCHMARKS.md (${figures.size} figures from ${files.length} files)`);
