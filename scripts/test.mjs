// `npm test`: install what is missing (pnpm, dependencies, Chromium, CJK fonts, LibreOffice),
// build the web app, run every test (unit, API, browser) and print one summary line.
import { ensureDependencies, ensureSystemPackages, ensureWebBuild, root } from './ensure.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

ensureDependencies();
ensureSystemPackages();
ensureWebBuild();

const report = join(root, 'node_modules/.siteflow-test-report.json');
rmSync(report, { force: true });
const res = spawnSync('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json',
  `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit',
});

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A file whose setup (beforeAll) fails reports its tests as skipped, not failed: they count as failed here.
  const notRun = r.testResults
    .filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'))
    .reduce((n, f) => n + Math.max(1, f.assertionResults.length), 0);
  const failed = r.numFailedTests + notRun;
  const skipped = Math.max(0, (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) - notRun);
  // The plain closing line CI reads: "N passed, N failed" alone on a line.
  console.log(`\n${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (r.numTotalTests === 0) process.exit(1);
}
process.exit(res.status ?? 1);
