// `pnpm --filter @siteflow/examples demo --db <path to siteflow.sqlite>`
// Seeds the demo organisation (when missing) and its three months of 退筹 history into a SiteFlow
// database no server is using: the same in-process seeding `npm start` does on a fresh database,
// for a database made with `siteflow demo` (which creates the organisation only).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext, seedDemo } from '@siteflow/server';
import { seedDemoHistory } from './seed-history.js';

// pnpm passes a literal `--` through; it separates nothing here.
const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { db: { type: 'string' } }, allowPositionals: false });
if (!values.db) {
  console.error('需要 --db（SiteFlow 数据库文件）/ --db (the SiteFlow database file) is required');
  process.exit(1);
}
const ctx = createContext({ dbPath: resolve(values.db) });
try {
  const demo = await seedDemo(ctx);
  const history = await seedDemoHistory(ctx);
  console.log(`演示组织 / demo organisation: ${demo.created ? '已创建 / created' : '已存在 / already there'}`);
  console.log(history.created === 0
    ? '退筹历史已存在 / the history is already there'
    : `退筹历史 / history: ${history.created} 起退筹事件, ${history.instances} 个流程实例, ${history.actions} 次办理, ${history.ticks} 次定时触发, ${history.commLogs} 条沟通记录 / cases, flow instances, task actions, timer ticks, communication logs`);
} finally {
  ctx.sqlite.close();
}
