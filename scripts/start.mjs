// `npm start`: install what is missing, build the web app, start the server with demo data.
import { ensureDependencies, ensureWebBuild, root, run } from './ensure.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

ensureDependencies();
ensureWebBuild();
const main = join(root, 'packages/server/src/main.ts');
if (!existsSync(main)) {
  console.log('[siteflow] the server is not built yet (issue 4). 服务器尚未实现。');
  process.exit(0);
}
run('pnpm', ['--filter', '@siteflow/server', 'exec', 'tsx', 'src/main.ts', '--demo', ...process.argv.slice(2)]);
