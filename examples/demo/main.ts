// `pnpm --filter @siteflow/examples demo -- --url http://localhost:3000 [--scenarios]`
// Loads three months of generated 退筹 history into the demo project 杭州·云栖府 through the HTTP API
// (the server must run with --demo), then optionally replays the three seed stories.
import { Client } from '../lib/client.js';
import { baseUrlFromArgs, DEMO_PASSWORD_DEFAULT, DEMO_PROJECT } from '../lib/scenario.js';
import { loadHistory } from './load-history.js';
import { zhangScenario } from '../scenarios/zhang-school-district.js';
import { liScenario } from '../scenarios/li-loan-rejected.js';
import { wangScenario } from '../scenarios/wang-construction-rumour.js';

const baseUrl = baseUrlFromArgs();
const client = new Client(baseUrl);
const admin = await client.login('admin', process.env.SITEFLOW_DEMO_PASSWORD ?? DEMO_PASSWORD_DEFAULT).catch((err: Error) => {
  console.error(`无法以演示管理员登录，请用 --demo 启动服务器 / cannot sign in as the demo admin; start the server with --demo\n${err.message}`);
  process.exit(1);
});
const projects = await admin.call<{ id: string; name: string }[]>('GET', '/api/projects');
if (!projects.some((p) => p.id === DEMO_PROJECT)) {
  console.error(`演示项目 ${DEMO_PROJECT} 不存在 / the demo project is missing; start the server with --demo`);
  process.exit(1);
}
const load = await loadHistory(client, admin, DEMO_PROJECT);
console.log(`退筹事件追踪表历史 / tracking history: ${load.created} 条新建, ${load.skipped} 条已存在 / created, skipped; by month ${JSON.stringify(load.months)}`);
if (process.argv.includes('--scenarios')) {
  for (const run of [zhangScenario, liScenario, wangScenario]) {
    const result = await run({ baseUrl });
    console.log(`  → ${result.story}: ${result.outcome.label.zh} / ${result.outcome.label.en}`);
  }
}
