// `pnpm screenshots`: runs the browser tests with screenshots saved to docs/screenshots/ (the
// README tour). `npm test` saves them outside the repository instead.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './ensure.mjs';

const res = spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), '--project', 'browser', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: { ...process.env, SCREENSHOT_DIR: join(root, 'docs/screenshots') },
});
process.exit(res.status ?? 1);
