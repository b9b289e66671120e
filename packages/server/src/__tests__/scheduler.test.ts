import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/index.js';
import { signIn, startRefund } from './helpers.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-12-22T09:00:00+08:00');

function escalations(ts: TestServer, instanceId: string) {
  const rows = ts.server.ctx.sqlite.prepare("select type, data from events where instance_id = ? and type in ('flow.reminder', 'flow.breached', 'flow.escalated') order by seq").all(instanceId) as { type: string; data: string }[];
  return rows.map((r) => `${r.type}${r.type === 'flow.escalated' ? `:${(JSON.parse(r.data) as { level?: number }).level}` : ''}`);
}

describe('scheduler: overdue work after downtime fires exactly once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siteflow-restart-'));
  const dbPath = join(dir, 'siteflow.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stop the server, move the clock past every rung of the ladder, start it: each escalation once', async () => {
    // Given a review task (24 h SLA, reminder at 50 %, breach → +4 h → +24 h ladder) started Monday 09:00
    const first = await startTestServer({ demo: true, dbPath, startAt: T0 });
    const run = await startRefund(await signIn(first, 'consultant'), await signIn(first, 'salesSupervisor'));
    await first.close();

    // When the server was down for 60 hours and starts again
    const second = await startTestServer({ dbPath, startAt: T0 + 60 * HOUR });
    await second.advanceClock(0);
    const fired = escalations(second, run.instanceId);
    // Then the reminder, the breach and each escalation step happened exactly once
    expect(fired.filter((e) => e === 'flow.reminder')).toHaveLength(1);
    expect(fired.filter((e) => e === 'flow.breached')).toHaveLength(1);
    expect(fired.filter((e) => e.startsWith('flow.escalated'))).toEqual(['flow.escalated:1', 'flow.escalated:2', 'flow.escalated:3']);
    // and the regional director (last rung) now holds the task
    const director = await signIn(second, 'regionalDirector');
    const inbox = await director.get('/api/tasks?scope=mine');
    expect(inbox.body.items.map((t: { id: string }) => t.id)).toContain(run.taskId);
    expect(inbox.body.items[0].breached).toBe(true);

    // When ticks repeat and the server restarts once more
    await second.advanceClock(HOUR);
    await second.advanceClock(0);
    await second.close();
    const third = await startTestServer({ dbPath, startAt: T0 + 61 * HOUR });
    await third.advanceClock(0);
    // Then nothing fires twice
    expect(escalations(third, run.instanceId)).toEqual(fired);
    const wakeups = third.server.ctx.sqlite.prepare('select count(*) as n, count(distinct step || kind || due_at) as d from wakeups where instance_id = ?').get(run.instanceId) as { n: number; d: number };
    expect(wakeups.n).toBe(wakeups.d);
    await third.close();
  });

  it('POST /api/test/clock is refused outside test mode', async () => {
    const { startServer } = await import('../index.js');
    const prod = await startServer({ dbPath: join(dir, 'prod.sqlite'), port: 0, testMode: false, tickIntervalMs: 0 });
    const res = await fetch(`${prod.url.replace('localhost', '127.0.0.1')}/api/test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMs":1000}' });
    expect(res.status).toBe(404);
    await prod.close();
  });
});
