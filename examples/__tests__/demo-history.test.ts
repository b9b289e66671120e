import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCauseReport, type CauseCaseRow } from '@siteflow/runtime';
import { startTestServer, type TestServer } from '@siteflow/server/testing';
import { withIntegrationRoutes, type IntegrationTestServer } from '../../packages/server/src/external-links/integration-server.js';
import { Client } from '../lib/client.js';
import { generateHistory } from '../demo/history.js';
import { loadHistory } from '../demo/load-history.js';
import { seedDemoHistory } from '../demo/seed-history.js';
import { createContext, manualClock, seedDemo } from '@siteflow/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const P = 'prj_yunqi';
let ts: TestServer;
let api: IntegrationTestServer;

beforeAll(async () => {
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-09-01T00:00:00+08:00') });
  api = await withIntegrationRoutes(ts);
});

afterAll(async () => {
  await api?.close();
  await ts?.close();
});

describe('three months of demo history', () => {
  it('is the same for the same seed and spreads over the causes the seed names', () => {
    const a = generateHistory({ start: Date.parse('2025-09-01T00:00:00+08:00') });
    const b = generateHistory({ start: Date.parse('2025-09-01T00:00:00+08:00') });
    expect(a).toEqual(b);
    expect(new Set(a.map((c) => c.data.cause))).toEqual(new Set(['familyDispute', 'loanRejected', 'constructionDoubt', 'noReason']));
    expect(a.some((c) => Date.parse(String(c.data.closedAt)) - c.createdAt > 72 * 3_600_000)).toBe(true);
  });

  it('loads through the API into the tracking table, once, and gives the monthly report data for each month', async () => {
    const client = new Client(api.baseUrl, () => undefined);
    const admin = await client.login('admin', 'siteflow2025');
    const load = await loadHistory(client, admin, P);
    expect(load.backdated).toBe(true);
    expect(Object.keys(load.months).sort()).toEqual(['2025-09', '2025-10', '2025-11']);
    expect(load.created).toBeGreaterThan(60);
    const again = await loadHistory(client, admin, P);
    expect(again).toMatchObject({ created: 0, skipped: load.created });

    const rows: CauseCaseRow[] = [];
    for (let page = 1; ; page++) {
      const res = await admin.call<{ items: { id: string; createdAt: number; data: Record<string, any> }[]; total: number }>('GET', `/api/projects/${P}/records?form=cancellation-tracking&page=${page}&pageSize=100`);
      for (const r of res.items) {
        rows.push({
          id: r.id, cause: r.data.cause, modules: r.data.modules, recovered: r.data.recovered, createdAt: r.createdAt, closedAt: Date.parse(r.data.closedAt),
          slaBreaches: 0, escalations: 0, signals: r.data.signals ?? [], terms: (r.data.termsFired ?? []).map((t: { term: string }) => t.term),
        });
      }
      if (page * 100 >= res.total) break;
    }
    expect(rows).toHaveLength(load.created);
    const report = buildCauseReport(rows, { month: '2025-11', utcOffsetMinutes: 480, trendMonths: 3 });
    expect(report.figures.cases).toBe(load.months['2025-11']);
    expect(report.byCause.length).toBe(4);
    expect(report.byModule.length).toBeGreaterThan(3);
    expect(report.topTerms.length).toBeGreaterThan(3);
    expect(report.figures.recoveryRate).toBeGreaterThan(0.2);
    expect(report.figures.recoveryRate).toBeLessThan(0.9);
    expect(report.trend.map((t) => t.cases)).toEqual([load.months['2025-09'], load.months['2025-10'], load.months['2025-11']]);

    const served = await fetch(`${api.baseUrl}/api/projects/${P}/reports/cause-analysis?month=2025-11&trend=3`, { headers: { cookie: (admin as unknown as { cookie: string }).cookie } });
    if (served.status !== 404) {
      const body = await served.json();
      expect(body.report.figures.cases).toBe(load.months['2025-11']);
    }
  });

  it('seeds on the server\'s first run in-process, back-dated into three months, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siteflow-history-'));
    const ctx = createContext({ dbPath: join(dir, 'db.sqlite'), clock: manualClock(Date.parse('2025-12-01T09:00:00+08:00')) });
    try {
      await seedDemo(ctx);
      const first = seedDemoHistory(ctx);
      expect(first.created).toBeGreaterThan(60);
      expect(seedDemoHistory(ctx).created).toBe(0);
      const months = ctx.sqlite.prepare("select strftime('%Y-%m', created_at / 1000 + 8 * 3600, 'unixepoch') as m, count(*) as n from records where form_key = 'cancellation-tracking' group by m order by m").all() as { m: string; n: number }[];
      expect(months.map((r) => r.m)).toEqual(['2025-09', '2025-10', '2025-11']);
      expect(months.reduce((n, r) => n + r.n, 0)).toBe(first.created);
    } finally {
      ctx.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
