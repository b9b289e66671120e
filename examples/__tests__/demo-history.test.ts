import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, manualClock, seedDemo, type AppContext } from '@siteflow/server';
import { startTestServer, type TestServer, type TestSession } from '@siteflow/server/testing';
import { CAUSES, generateHistory } from '../demo/history.js';
import { seedDemoHistory, type HistorySeed } from '../demo/seed-history.js';

// Given a fresh demo database on 1 December 2025, 09:00 China time (the last full month is November).
const NOW = Date.parse('2025-12-01T09:00:00+08:00');
const P = 'prj_yunqi';
const dirs: string[] = [];
let seed: HistorySeed;
let ts: TestServer;
let db: AppContext['sqlite'];

/** Creates the demo organisation and its history in a new database file; returns the open context. */
async function seededContext(): Promise<{ ctx: AppContext; seed: HistorySeed }> {
  const dir = mkdtempSync(join(tmpdir(), 'siteflow-history-'));
  dirs.push(dir);
  const ctx = createContext({ dbPath: join(dir, 'db.sqlite'), clock: manualClock(NOW) });
  await seedDemo(ctx);
  return { ctx, seed: await seedDemoHistory(ctx) };
}

/** The history as people see it: every case's data and the timelines of its instances (ids aside). */
function fingerprint(sqlite: AppContext['sqlite']): unknown {
  return {
    cases: sqlite.prepare("select created_at, data from records where form_key = 'cancellation-tracking' order by created_at").all(),
    timelines: sqlite.prepare(`select e.at, e.type, e.actor_id, json_extract(e.data, '$.nodeId') as node, json_extract(r.data, '$.caseNo') as caseNo
      from events e join records r on r.id = e.record_id where e.instance_id is not null
      order by e.at, caseNo, e.type, node, e.actor_id`).all(),
  };
}

async function as(username: string): Promise<TestSession> {
  return ts.login(username);
}

beforeAll(async () => {
  const first = await seededContext();
  seed = first.seed;
  first.ctx.sqlite.close();
  ts = await startTestServer({ dbPath: join(dirs[0]!, 'db.sqlite'), startAt: NOW });
  db = ts.server.ctx.sqlite;
}, 240_000);

afterAll(async () => {
  await ts?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('three months of demo history', () => {
  it('is generated the same from the same seed, over the four causes, with outcomes that agree', () => {
    const a = generateHistory({ start: NOW - 91 * 86_400_000 });
    expect(generateHistory({ start: NOW - 91 * 86_400_000 })).toEqual(a);
    expect(new Set(a.map((c) => c.cause))).toEqual(new Set(CAUSES));
    for (const c of a) {
      expect(c.resolution === 'retained').toBe(c.recovered);
      if (c.voided) expect(c.recovered).toBe(true);
    }
    expect(a.some((c) => c.duplicate)).toBe(true);
    expect(a.some((c) => c.voided)).toBe(true);
  });

  it('plays every case through the real flows: a 退订工单 and a tracked 跟进与复盘 instance, each with a timeline', async () => {
    expect(seed.created).toBeGreaterThan(60);
    const cases = db.prepare("select id, data from records where project_id = ? and form_key = 'cancellation-tracking'").all(P) as { id: string; data: string }[];
    expect(cases).toHaveLength(seed.created);
    const orders = new Set((db.prepare("select json_extract(data, '$.caseNo') as no from records where project_id = ? and form_key = 'cancellation-work-order'").all(P) as { no: string }[]).map((r) => r.no));
    for (const c of cases) {
      const caseNo = JSON.parse(c.data).caseNo as string;
      expect(orders.has(caseNo.replace('TC-', 'WO-'))).toBe(true);
    }
    // Every case's record page shows its flow instance and a timeline of real steps.
    const manager = await as('siteManager');
    for (const c of cases) {
      const history = await manager.request('GET', `/api/projects/${P}/records/${c.id}/history`);
      expect(history.status).toBe(200);
      expect(history.body.instances.map((i: { flowKey: string }) => i.flowKey)).toEqual(['cancellation-tracking']);
      expect(history.body.events.filter((e: { type: string }) => e.type === 'flow.taskCreated').length).toBeGreaterThan(0);
    }
  });

  it('gives the November report SLA breaches and escalations: compliance between 0 and 100%', async () => {
    const manager = await as('siteManager');
    const res = await manager.request('GET', `/api/projects/${P}/reports/cause-analysis?month=2025-11&trend=3`);
    expect(res.status).toBe(200);
    const { figures, byCause, trend } = res.body.report;
    expect(figures.cases).toBeGreaterThan(15);
    expect(figures.slaBreaches).toBeGreaterThan(0);
    expect(figures.escalations).toBeGreaterThan(0);
    expect(figures.escalatedCases).toBeGreaterThan(0);
    expect(figures.slaCompliance).toBeGreaterThan(0);
    expect(figures.slaCompliance).toBeLessThan(1);
    expect(figures.recoveryRate).toBeGreaterThan(0.2);
    expect(figures.recoveryRate).toBeLessThan(0.9);
    expect(byCause.map((c: { key: string }) => c.key).sort()).toEqual([...CAUSES].sort());
    expect(trend.map((m: { month: string }) => m.month)).toEqual(['2025-09', '2025-10', '2025-11']);
    for (const month of trend) expect(month.cases).toBeGreaterThan(15);
  });

  it('escalates overdue steps to the 区域总监 through the scheduler, who takes some of them over', () => {
    const toDirector = db.prepare(`select count(*) as n from events where project_id = ? and type = 'flow.escalated'
      and json_extract(data, '$.action') = 'addAssignees' and json_extract(data, '$.users') like '%usr_regionalDirector%'`).get(P) as { n: number };
    expect(toDirector.n).toBeGreaterThan(0);
    const byDirector = db.prepare("select count(*) as n from events where project_id = ? and type = 'flow.taskActed' and actor_id = 'usr_regionalDirector'").get(P) as { n: number };
    expect(byDirector.n).toBeGreaterThan(0);
    const reminders = db.prepare("select count(*) as n from events where project_id = ? and type = 'flow.reminder'").get(P) as { n: number };
    expect(reminders.n).toBeGreaterThan(0);
  });

  it('ends work orders as the tracking table says, with some withdrawn (撤回) or voided (作废)', () => {
    const orders = db.prepare(`select i.status, i.state, json_extract(r.data, '$.caseNo') as caseNo from instances i join records r on r.id = i.record_id
      where i.project_id = ? and i.flow_key = 'cancellation-work-order'`).all(P) as { status: string; state: string; caseNo: string }[];
    expect(orders.some((o) => o.status === 'withdrawn')).toBe(true);
    expect(orders.some((o) => o.status === 'cancelled')).toBe(true);
    const recovered = new Map((db.prepare("select json_extract(data, '$.caseNo') as caseNo, json_extract(data, '$.recovered') as recovered from records where project_id = ? and form_key = 'cancellation-tracking'").all(P) as { caseNo: string; recovered: number | null }[])
      .map((r) => [r.caseNo.replace('TC-', 'WO-'), r.recovered]));
    const completed = orders.filter((o) => o.status === 'completed');
    expect(completed.length).toBeGreaterThan(50);
    for (const o of completed) expect(JSON.parse(o.state).outcome === 'retained').toBe(recovered.get(o.caseNo) === 1);
  });

  it('leaves live tasks in the demo inbox with SLA countdowns', async () => {
    let open = 0;
    for (const username of ['consultant', 'consultant2', 'salesSupervisor', 'siteManager', 'customerService', 'customerServiceLead', 'engineeringLiaison', 'financeSpecialist', 'legal', 'finance', 'brand', 'regionalDirector']) {
      const inbox = await (await as(username)).request('GET', '/api/tasks?scope=mine&status=open');
      expect(inbox.status).toBe(200);
      for (const task of inbox.body.items as { dueAt: number | null }[]) {
        expect(task.dueAt).not.toBeNull();
        open++;
      }
    }
    expect(open).toBeGreaterThan(0);
  });

  it('fills 沟通记录 with the CRM messages of the latest cases, scored and alerted when they were sent', async () => {
    // Given the 案场经理 reading 沟通记录
    const logs = (await (await as('siteManager')).request('GET', `/api/projects/${P}/comm-logs?limit=1000`)).body.items as {
      customerId: string; customerName: string; consultant: string; channel: string; from: string; text: string; at: number; terms: string[]; alerts: { level: string | null; users: string[] }[];
    }[];
    // Then every message pushed is there: four customers (one per cause), consultants' notes and customers' words
    expect(logs).toHaveLength(seed.commLogs);
    expect(new Set(logs.map((l) => l.customerId)).size).toBe(CAUSES.length);
    expect(new Set(logs.map((l) => l.from))).toEqual(new Set(['customer', 'staff']));
    expect(new Set(logs.map((l) => l.channel))).toEqual(new Set(['微信', '电话']));
    expect(logs.every((l) => l.at <= NOW)).toBe(true);
    // And each customer is one of the tracked cases, followed by that case's consultant
    const cases = db.prepare("select json_extract(data, '$.customerName') as name, json_extract(data, '$.consultant') as consultant from records where project_id = ? and form_key = 'cancellation-tracking'").all(P) as { name: string; consultant: string }[];
    for (const l of logs) expect(cases.some((c) => c.name === l.customerName && c.consultant === (l.consultant === '王芳' ? 'usr_consultant' : 'usr_consultant2'))).toBe(true);
    // And the dictionary's words were found, a negated one left out (不后悔 is no regret)
    expect(logs.flatMap((l) => l.terms)).toEqual(expect.arrayContaining(['定金能不能退', '再想想', '家人不同意', '停工', '贷款批不下来', '比较一下', '后悔']));
    const calm = logs.filter((l) => l.text.includes('不后悔'));
    expect(calm.length).toBeGreaterThan(0);
    for (const l of calm) expect(l.terms).not.toContain('后悔');
    // And the rules raised 二级 and 一级 alerts for the customers' words, never for a consultant's note
    const levels = new Set(logs.flatMap((l) => l.alerts.map((a) => a.level)));
    expect(levels).toEqual(new Set([null, 'level1', 'level2']));
    expect(logs.filter((l) => l.from === 'staff').every((l) => l.alerts.length === 0)).toBe(true);
    expect(seed.commLogAlerts).toBe(logs.reduce((n, l) => n + l.alerts.length, 0));
    // And the 销售主管 and the 案场经理 received them in the app when they were sent
    const received = (userId: string) => (db.prepare("select count(*) as n from notifications where user_id = ? and dedupe_key like 'commlog:%' and created_at < ?").get(userId, NOW) as { n: number }).n;
    expect(received('usr_salesSupervisor')).toBeGreaterThan(0);
    expect(received('usr_siteManager')).toBeGreaterThan(0);
  });

  it('is seeded once, and the same on every run', async () => {
    expect((await seedDemoHistory(ts.server.ctx)).created).toBe(0);
    const second = await seededContext();
    try {
      expect(second.seed).toEqual(seed);
      expect(fingerprint(second.ctx.sqlite)).toEqual(fingerprint(db));
    } finally {
      second.ctx.sqlite.close();
    }
  }, 240_000);
});
