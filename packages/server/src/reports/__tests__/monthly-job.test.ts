import { describe, expect, it } from 'vitest';
import { ManualClock } from '@siteflow/runtime/testing';
import { createReportService, runMonthlyReports, type ArchivedReport, type MonthlyReportJobDeps } from '../index.js';
import { historySource } from './fixtures.js';

function job() {
  const stored = new Map<string, ArchivedReport>();
  const notified: string[] = [];
  const deps: MonthlyReportJobDeps = {
    projects: async () => [{ id: 'p1', name: '杭州云栖湾', utcOffsetMinutes: 480 }, { id: 'p2', name: '宁波东岸', utcOffsetMinutes: 480 }],
    service: createReportService({ source: historySource(), utcOffsetMinutes: () => 480 }),
    archive: {
      has: async (p, m) => stored.has(`${p}/${m}`),
      save: async (r) => { stored.set(`${r.projectId}/${r.month}`, r); },
    },
    onGenerated: (r) => { notified.push(`${r.projectId}/${r.month}`); },
  };
  return { deps, stored, notified };
}

describe('runMonthlyReports (generated on the 1st of each month)', () => {
  it('generates last month for every project on the 1st, once', async () => {
    // Given the scheduler fires at 06:00 on 1 January (Hangzhou time)
    const clock = new ManualClock('2026-01-01T06:00:00+08:00');
    const { deps, stored, notified } = job();
    // When the job runs
    const made = await runMonthlyReports(deps, clock.now());
    // Then December is archived for both projects, with its exports, and managers are told
    expect(made.map((r) => `${r.projectId}/${r.month}`)).toEqual(['p1/2025-12', 'p2/2025-12']);
    expect(notified).toEqual(['p1/2025-12', 'p2/2025-12']);
    const p1 = stored.get('p1/2025-12')!;
    expect(p1.report.figures.cases).toBe(15);
    expect(p1.report.trend.map((m) => m.cases)).toEqual([0, 0, 0, 8, 12, 15]);
    expect([...p1.xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP container (XLSX)
    expect([...p1.docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    // And running again the same day (or any later day of January) does nothing
    clock.advance({ days: 3 });
    expect(await runMonthlyReports(deps, clock.now())).toEqual([]);
    expect(stored.size).toBe(2);
  });

  it('catches up a month missed while the server was down', async () => {
    const { deps, stored } = job();
    const made = await runMonthlyReports(deps, new ManualClock('2026-01-09T10:00:00+08:00').now());
    expect(made).toHaveLength(2);
    expect(stored.has('p1/2025-12')).toBe(true);
  });

  it('uses the site time zone: 31 Dec 23:00 UTC is already 1 January in Hangzhou', async () => {
    const { deps } = job();
    const made = await runMonthlyReports(deps, Date.parse('2025-12-31T23:00:00Z'));
    expect(made[0]!.month).toBe('2025-12');
  });
});
