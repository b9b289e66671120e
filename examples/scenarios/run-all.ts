// `pnpm --filter @siteflow/examples scenarios -- --url http://localhost:3000 [--bank http://127.0.0.1:4010/api/prescreen]`
// Replays 张先生, 李女士 and 王先生 in order; starts the mock bank itself unless --bank is given.
import { parseArgs } from 'node:util';
import { startMockBank } from '../mock-bank/index.js';
import { baseUrlFromArgs } from '../lib/scenario.js';
import { zhangScenario } from './zhang-school-district.js';
import { liScenario } from './li-loan-rejected.js';
import { wangScenario } from './wang-construction-rumour.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, bank: { type: 'string' } }, allowPositionals: true });
const baseUrl = values.url ?? baseUrlFromArgs();
const bank = values.bank ? null : await startMockBank({ port: 0 });
let failed = false;
try {
  for (const [name, run] of [['张先生', zhangScenario], ['李女士', liScenario], ['王先生', wangScenario]] as const) {
    try {
      const result = await run({ baseUrl, ...(name === '李女士' ? { bankUrl: values.bank ?? bank!.prescreenUrl } : {}) });
      console.log(`  → 结局 / outcome: ${result.outcome.label.zh} / ${result.outcome.label.en}`);
    } catch (err) {
      failed = true;
      console.error(`  ✗ ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
} finally {
  await bank?.close();
}
process.exitCode = failed ? 1 : 0;
