// `pnpm --filter @siteflow/examples bank [--port 4010]`: runs the mock partner bank until Ctrl-C.
import { parseArgs } from 'node:util';
import { startMockBank } from './server.js';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const bank = await startMockBank({ port: Number(values.port ?? process.env.MOCK_BANK_PORT ?? 4010), host: values.host ?? '127.0.0.1' });
console.log(`模拟银行预审接口 / mock bank pre-screen: POST ${bank.prescreenUrl}`);
const stop = () => void bank.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
