// SiteFlow CLI: `siteflow <migrate|create-admin|demo|backup|restore> [--db path] …`
// (`pnpm --filter @siteflow/server siteflow …` or `node packages/server/bin/siteflow.mjs …`).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { cliCommands, runTemplatesCli, type CliOptions } from './commands.js';

const usage = `SiteFlow 案场流 CLI
  siteflow migrate                      应用数据库迁移 / apply migrations
  siteflow create-admin --username U --password P [--name 显示名] [--organisation 集团名] [--project 项目名]
                                        创建管理员 / create an organisation admin
  siteflow demo                         载入演示数据 / load the demo organisation
  siteflow backup --out FILE            在线备份并校验 / online backup + integrity check
  siteflow restore --from FILE          从备份恢复（先停止服务）/ restore (stop the server first)
  siteflow templates list               模板包与各项目已装版本 / template packages and installed versions
  siteflow templates validate [key]     校验模板包 / validate template packages
  siteflow templates publish KEY --projects a,b [--version 1.0.0] [--sla key=12h] [--role from=to] [--setting k=v]
                                 [--as 管理员用户名 [--migrate-running]]
                                        发布模板包到项目（--migrate-running 同时迁移运行中的工单）
                                        / publish a package to projects (--migrate-running also moves running cases)
  通用 / common: --db PATH (default ./data/siteflow.sqlite or $SITEFLOW_DB)`;

if (process.argv[2] === 'templates') {
  // Its own options (repeatable --sla/--role/--setting): everything after `templates` goes to it.
  process.exit(runTemplatesCli(process.argv.slice(3)));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' },
    organisation: { type: 'string' }, project: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean' },
  },
});

const command = positionals[0];
if (!command || values.help || !(command in cliCommands)) {
  console.log(usage);
  process.exit(command && !values.help ? 1 : 0);
}
const options: CliOptions = { ...values, db: resolve(values.db ?? process.env.SITEFLOW_DB ?? './data/siteflow.sqlite') };
try {
  const message = await cliCommands[command as keyof typeof cliCommands](options);
  console.log(message);
} catch (err) {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
