import { startTestServer } from '../src/testing/index.js';
const ts = await startTestServer({ demo: true });
const c = await ts.login('consultant'); const s = await ts.login('salesSupervisor');
const data = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute' };
let t = performance.now();
for (let i = 0; i < 300; i++) await c.request('POST', '/api/projects/prj_yunqi/instances', { flowKey: 'refund', data });
console.log('300 sequential starts ms', (performance.now() - t).toFixed(0));
const ids = (ts.server.ctx.sqlite.prepare("select id from tasks where status = 'open' and node_id = 'review'").all() as { id: string }[]).map((r) => r.id);
t = performance.now();
for (const id of ids.slice(0, 100)) { const r = await s.request('POST', `/api/tasks/${id}/actions`, { action: 'approve', version: 1 }); if (r.status !== 200) console.log(r.status, r.body); }
console.log('100 sequential approves ms', (performance.now() - t).toFixed(0));
t = performance.now();
let next = 100;
await Promise.all(Array.from({ length: 50 }, async () => { while (next < 300) { const id = ids[next++]; await s.request('POST', `/api/tasks/${id}/actions`, { action: 'approve', version: 1 }); } }));
console.log('200 approves at 50 concurrency ms', (performance.now() - t).toFixed(0));
await ts.close();
