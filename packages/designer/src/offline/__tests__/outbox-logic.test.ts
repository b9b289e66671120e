import { describe, expect, it } from 'vitest';
import { afterFailure, backoffMs, BACKOFF_MAX_MS, classifyFailure, dueEntries, newEntry, ownedBy } from '../index.js';

const base = { id: 'e1', idempotencyKey: 'key-1', method: 'POST' as const, path: '/projects/prj_yunqi/instances', body: { flowKey: 'f' }, label: '退订工单' };

describe('offline outbox logic', () => {
  it('keeps the same Idempotency-Key across every retry, so the server can never store it twice', () => {
    // Given a submission that failed twice without network
    let entry = newEntry(base, 1000);
    entry = afterFailure(entry, 0, undefined, 2000);
    entry = afterFailure(entry, 503, undefined, 9000);
    // Then it is still pending, with its original key, and retried later each time
    expect(entry).toMatchObject({ status: 'pending', attempts: 2, idempotencyKey: 'key-1' });
    expect(entry.nextAttemptAt).toBeGreaterThan(9000);
  });

  it('keeps a refused submission as failed for the user instead of dropping it', () => {
    const refused = afterFailure(newEntry(base, 0), 400, { code: 'API_SUBMISSION_INVALID', message: { zh: '表单填写有误', en: 'Invalid' } }, 10);
    expect(refused.status).toBe('failed');
    expect(refused.error?.message.zh).toBe('表单填写有误');
    expect(dueEntries([refused], 1e12, true)).toEqual([]);
  });

  it('retries network loss, rate limits, server errors and expired sessions; not bad input', () => {
    expect([0, 401, 408, 429, 500, 503].map(classifyFailure)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
    expect([400, 403, 404, 409, 413, 422].map(classifyFailure)).toEqual(['fail', 'fail', 'fail', 'fail', 'fail', 'fail']);
  });

  it('backs off exponentially with jitter and a 5-minute cap', () => {
    expect(backoffMs(1, 0.5)).toBe(2000);
    expect(backoffMs(2, 0.5)).toBe(4000);
    expect(backoffMs(3, 0)).toBe(Math.round(8000 * 0.8));
    expect(backoffMs(30, 1)).toBe(Math.round(BACKOFF_MAX_MS * 1.2));
  });

  it('sends due entries oldest first and waits for the others (unless forced by the online event)', () => {
    const a = { ...newEntry({ ...base, id: 'a' }, 100), nextAttemptAt: 5000 };
    const b = newEntry({ ...base, id: 'b' }, 50);
    const c = newEntry({ ...base, id: 'c' }, 200);
    expect(dueEntries([a, b, c], 1000).map((e) => e.id)).toEqual(['b', 'c']);
    expect(dueEntries([a, b, c], 1000, true).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('shows and sends on a shared phone only the signed-in user\'s submissions (and older ones saved without a user)', () => {
    const wang = newEntry({ ...base, id: 'wang', owner: 'usr_wang' }, 1);
    const li = newEntry({ ...base, id: 'li', owner: 'usr_li' }, 2);
    const older = newEntry({ ...base, id: 'older' }, 0);
    expect(ownedBy([older, wang, li], 'usr_li').map((e) => e.id)).toEqual(['older', 'li']);
    expect(ownedBy([older, wang, li], 'usr_wang').map((e) => e.id)).toEqual(['older', 'wang']);
    // Signed out: nothing is shown or sent
    expect(ownedBy([older, wang, li], null)).toEqual([]);
  });
});
