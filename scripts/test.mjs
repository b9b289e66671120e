// `npm test`: install what is missing (pnpm, dependencies, Chromium, CJK fonts, LibreOffice),
// build the web app, run every test (unit, API, browser) and print one summary line.
// With arguments (`npm test -- <vitest args>`) one vitest run gets them as they are.
import { ensureDependencies, ensureSystemPackages, ensureWebBuild, root } from './ensure.mjs';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

ensureDependencies();
ensureSystemPackages();
ensureWebBuild();

// The browser tests run one file at a time (each drives a server and a Chromium) and take most of
// the time; the unit and API tests run beside them in a second vitest on one worker, instead of
// before them, so the whole suite takes about as long as the browser tests alone.
const args = process.argv.slice(2);
const runs = args.length > 0
  ? [{ name: 'all', args }]
  : [
      { name: 'browser', args: ['--project', 'browser'] },
      // At a lower CPU priority: the browser tests wait on animations and timers, these only need time.
      { name: 'unit-api', args: ['--project', 'runtime', '--project', 'server', '--project', 'templates', '--project', 'designer', '--maxWorkers=1'], nice: true },
    ];

/** Runs one vitest with a JSON report of its own; resolves with its exit status and report path. */
function vitest({ name, args: extra, nice = false }) {
  const report = join(root, `node_modules/.siteflow-test-report-${name}.json`);
  rmSync(report, { force: true });
  return new Promise((resolve) => {
    const command = ['pnpm', 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra];
    const [file, ...args] = nice && process.platform === 'linux' ? ['nice', '-n', '10', ...command] : command;
    const child = spawn(file, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve({ name, status: code ?? (signal ? 1 : 0), report }));
    child.on('error', () => resolve({ name, status: 1, report }));
  });
}

const results = await Promise.all(runs.map(vitest));
let passed = 0;
let failed = 0;
let skipped = 0;
let total = 0;
for (const { name, status, report } of results) {
  if (!existsSync(report)) {
    console.error(`[siteflow] the ${name} tests wrote no report (exit ${status})`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A file whose setup (beforeAll) fails reports its tests as skipped, not failed: they count as failed here.
  const notRun = r.testResults
    .filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'))
    .reduce((n, f) => n + Math.max(1, f.assertionResults.length), 0);
  passed += r.numPassedTests;
  failed += r.numFailedTests + notRun;
  skipped += Math.max(0, (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) - notRun);
  total += r.numTotalTests;
  // A run that failed without a failing test (a crash, an unhandled error) still fails the whole.
  if (status !== 0 && r.numFailedTests + notRun === 0) failed += 1;
}
// The plain closing line CI reads: "N passed, N failed" alone on a line.
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || total === 0 || results.some((r) => r.status !== 0) ? 1 : 0);
