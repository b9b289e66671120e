// `tsx src/main.ts [--port 3000] [--db ./data/siteflow.sqlite] [--demo] [--test-mode] [--host 0.0.0.0]`
// Env: PORT, SITEFLOW_DB, SITEFLOW_DEMO=1, SITEFLOW_TEST_MODE=1, SITEFLOW_PUBLIC_URL, SITEFLOW_ROBOT_HOSTS (comma list), LOG_LEVEL.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startServer } from './server.js';
import { defaultWebDist } from './web-dist.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type AppContext } from './context.js';

// Three months of generated 退筹事件追踪表 history (examples/demo), so reports have data on day one.
const historyModule = fileURLToPath(new URL('../../../examples/demo/seed-history.ts', import.meta.url));
async function seedHistory(ctx: AppContext): Promise<void> {
  if (!existsSync(historyModule)) return;
  const mod = (await import(historyModule)) as { seedDemoHistory?: (c: AppContext) => Promise<{ created: number }> };
  const result = await mod.seedDemoHistory?.(ctx);
  if (result) ctx.logger.info({ created: result.created }, 'demo history loaded');
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    db: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'boolean', default: false },
    'test-mode': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const port = Number(values.port ?? process.env.PORT ?? 3000);
const dbPath = resolve(values.db ?? process.env.SITEFLOW_DB ?? './data/siteflow.sqlite');
const testMode = values['test-mode'] || process.env.SITEFLOW_TEST_MODE === '1';
const publicUrl = process.env.SITEFLOW_PUBLIC_URL ?? `http://localhost:${port}`;
const robotHosts = process.env.SITEFLOW_ROBOT_HOSTS?.split(',').map((h) => h.trim()).filter(Boolean);

const server = await startServer({
  dbPath, port, host: values.host ?? process.env.HOST ?? '0.0.0.0', demo: values.demo || process.env.SITEFLOW_DEMO === '1', testMode, afterDemoCreated: seedHistory,
  config: { webDist: defaultWebDist(), publicUrl, robotAllowList: robotHosts ?? defaultConfig.robotAllowList },
});

const url = `http://localhost:${server.port}`;
const lines = [
  '',
  `  SiteFlow 案场流 已启动 / is running:  ${url}`,
  `  API 文档 / API docs:                 ${url}/api/docs`,
  `  数据库 / database:                    ${dbPath}${testMode ? '   (测试模式 / test mode)' : ''}`,
];
if (server.demo) {
  lines.push('', `  演示账号 / demo logins (密码 / password: ${server.demo.password}):`);
  for (const l of server.demo.logins) lines.push(`    ${l.username.padEnd(22)} ${l.displayName}`);
}
if (!server.ctx.config.webDist) lines.push('', '  (网页端尚未构建 / web app not built: pnpm build)');
console.log(lines.join('\n') + '\n');

const shutdown = (signal: string) => {
  server.ctx.logger.info({ signal }, 'shutting down');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
