// Bootstrap shared by `npm start`, `npm test` and `npm run bench`: installs whatever a fresh
// machine with only Node 20 and npm is missing. Idempotent and quiet when all is present.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository root, inheriting stdio; throws on a non-zero exit. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}`);
  }
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Installs pnpm 10 globally when it is missing (corepack's download fails on these machines). */
export function ensurePnpm() {
  if (has('pnpm')) return;
  console.log('[siteflow] installing pnpm@10 …');
  run('npm', ['install', '-g', 'pnpm@10']);
}

/** Runs `pnpm install` when node_modules is missing or older than the lockfile/manifests. */
export function ensureDependencies() {
  ensurePnpm();
  const manifests = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml',
    'packages/runtime/package.json', 'packages/server/package.json',
    'packages/designer/package.json', 'examples/package.json'];
  const hash = createHash('sha256');
  for (const m of manifests) if (existsSync(join(root, m))) hash.update(readFileSync(join(root, m)));
  const digest = hash.digest('hex');
  const stamp = join(root, 'node_modules', '.siteflow-install-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  console.log('[siteflow] installing dependencies (better-sqlite3 compiles from source, ~2 min) …');
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) && process.env.CI ? ['--frozen-lockfile'] : [];
  run('pnpm', ['install', ...frozen]);
  writeFileSync(stamp, digest);
}

const systemPackages = {
  '/usr/bin/chromium': ['chromium'],
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc': ['fonts-noto-cjk'],
  '/usr/bin/soffice': ['libreoffice-writer-nogui', 'libreoffice-calc-nogui'],
  '/usr/bin/pdftoppm': ['poppler-utils'],
};

/** Installs Chromium, CJK fonts, LibreOffice and poppler (PDF to PNG) through apt when run as root and missing. */
export function ensureSystemPackages() {
  const missing = Object.entries(systemPackages).filter(([file]) => !existsSync(file)).flatMap(([, pkgs]) => pkgs);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.warn(`[siteflow] missing system packages (${missing.join(', ')}); run as root or install them with apt.`);
    return;
  }
  console.log(`[siteflow] apt-get install ${missing.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Builds the web app when its dist is missing or older than any designer/runtime source file. */
export function ensureWebBuild({ force = false } = {}) {
  const dist = join(root, 'packages/designer/dist/index.html');
  if (!force && existsSync(dist)) {
    const built = statSync(dist).mtimeMs;
    const newest = Number(execFileSync('sh', ['-c',
      "find packages/designer/src packages/designer/index.html packages/designer/vite.config.ts packages/runtime/src -type f -printf '%T@\\n' 2>/dev/null | sort -n | tail -1"],
      { cwd: root, encoding: 'utf8' }).trim() || 0) * 1000;
    if (newest <= built) return;
  }
  if (!existsSync(join(root, 'packages/designer/index.html'))) return;
  console.log('[siteflow] building the web app …');
  run('pnpm', ['--filter', '@siteflow/designer', 'build']);
}
