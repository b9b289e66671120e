import type { Client, Session } from '../lib/client.js';
import { installTemplates } from '../lib/templates.js';
import { generateHistory, type HistoryCase } from './history.js';

/** What loading the history did. */
export interface HistoryLoad {
  readonly created: number;
  readonly skipped: number;
  readonly months: Record<string, number>;
  /** True when the server's clock was moved to each case's time (test mode): records carry their historical creation time. */
  readonly backdated: boolean;
}

/**
 * Loads generated history into a project through the HTTP API: installs the 退筹事件追踪表 template,
 * then creates one tracking record per case. Generated history is loaded once per project (a second
 * run finds the TC- case numbers and stops); given `cases` skip the case numbers that exist. On a test-mode server the clock is moved to each case's time first, so the records
 * fall into their months; on a normal server records are created now with the historical dates in
 * their fields.
 */
export async function loadHistory(client: Client, admin: Session, projectId: string, cases: readonly HistoryCase[] = []): Promise<HistoryLoad> {
  await installTemplates(admin, projectId, ['cancellation-tracking']);
  const backdated = await client.testMode();
  let now = await client.now();
  const existing = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await admin.call<{ items: { data: { caseNo?: string } }[]; total: number }>('GET', `/api/projects/${projectId}/records?form=cancellation-tracking&page=${page}&pageSize=100`);
    for (const r of res.items) if (r.data.caseNo?.startsWith('TC-')) existing.add(r.data.caseNo);
    if (page * 100 >= res.total || res.items.length === 0) break;
  }
  // Generated history is loaded once: its dates depend on when it is loaded.
  if (cases.length === 0 && existing.size > 0) return { created: 0, skipped: existing.size, months: {}, backdated };
  // Test mode: the clock walks forward through the three months; otherwise the dates lie in the past.
  const list = cases.length > 0 ? cases : generateHistory({ start: backdated ? now : now - 91 * 24 * 3_600_000 });
  let created = 0;
  let skipped = 0;
  const months: Record<string, number> = {};
  for (const c of list) {
    if (existing.has(String(c.data.caseNo))) { skipped++; continue; }
    if (backdated && c.createdAt > now) {
      await client.advance(c.createdAt - now);
      now = c.createdAt;
    }
    await admin.call('POST', `/api/projects/${projectId}/records`, { formKey: 'cancellation-tracking', data: c.data }, { 'idempotency-key': `demo-history-${String(c.data.caseNo)}` });
    const month = new Date(c.createdAt + 8 * 3_600_000).toISOString().slice(0, 7);
    months[month] = (months[month] ?? 0) + 1;
    created++;
  }
  return { created, skipped, months, backdated };
}
