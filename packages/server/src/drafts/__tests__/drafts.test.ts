import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { count, demoServer, refundData, signIn, type Client } from '../../__tests__/helpers.js';

const drafts = '/api/projects/prj_yunqi/drafts';
const half = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502' };

describe('server-side start-form drafts 草稿', () => {
  let ts: TestServer;
  let consultant: Client;
  let colleague: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, colleague] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'consultant2')]);
  });
  afterAll(() => ts.close());

  it('saves, lists, updates and discards my draft of a published flow', async () => {
    const created = await consultant.put(`${drafts}/refund`, { data: half, version: 0 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toEqual({ flowKey: 'refund', data: half, version: 1, updatedAt: expect.any(Number) });
    expect((await consultant.get(drafts)).body).toEqual({ items: [created.body] });
    const updated = await consultant.put(`${drafts}/refund`, { data: { ...half, depositAmount: 800000 }, version: 1 });
    expect([updated.status, updated.body.version, updated.body.data.depositAmount]).toEqual([200, 2, 800000]);
    expect((await consultant.delete(`${drafts}/refund`)).status).toBe(204);
    expect((await consultant.get(drafts)).body).toEqual({ items: [] });
    // Discarding twice (two tabs) is fine.
    expect((await consultant.delete(`${drafts}/refund`)).status).toBe(204);
  });

  it('keeps drafts to their owner: a colleague neither sees nor overwrites mine; other projects answer 404', async () => {
    await consultant.put(`${drafts}/refund`, { data: half, version: 0 });
    expect((await colleague.get(drafts)).body).toEqual({ items: [] });
    const theirs = await colleague.put(`${drafts}/refund`, { data: { customerName: '李女士' }, version: 0 });
    expect([theirs.status, theirs.body.version]).toEqual([200, 1]);
    expect((await colleague.delete(`${drafts}/refund`)).status).toBe(204);
    expect((await consultant.get(drafts)).body.items.map((d: { data: unknown }) => d.data)).toEqual([half]);
    const outsider = await signIn(ts, 'sz.consultant');
    for (const res of [await outsider.get(drafts), await outsider.put(`${drafts}/refund`, { data: {}, version: 0 }), await outsider.delete(`${drafts}/refund`)]) {
      expect([res.status, res.body?.code]).toEqual([404, 'API_NOT_FOUND']);
      expect(res.text).not.toContain('张先生');
    }
    await consultant.delete(`${drafts}/refund`);
  });

  it('answers 409 to a save from a stale copy (another device saved first)', async () => {
    const first = await consultant.put(`${drafts}/refund`, { data: half, version: 0 });
    const phone = await consultant.put(`${drafts}/refund`, { data: { ...half, unitNo: '3-1-1503' }, version: first.body.version });
    expect(phone.body.version).toBe(2);
    const laptop = await consultant.put(`${drafts}/refund`, { data: { ...half, unitNo: '3-1-1504' }, version: first.body.version });
    expect([laptop.status, laptop.body.code]).toEqual([409, 'API_VERSION_CONFLICT']);
    const again = await consultant.put(`${drafts}/refund`, { data: half, version: 0 });
    expect(again.status).toBe(409);
    expect((await consultant.get(drafts)).body.items[0].data.unitNo).toBe('3-1-1503');
    await consultant.delete(`${drafts}/refund`);
  });

  it('refuses drafts over 256 KB, data that is not an object, and flows that are not published', async () => {
    const big = await consultant.put(`${drafts}/refund`, { data: { detail: '很'.repeat(90_000) }, version: 0 });
    expect(big.status).toBe(400);
    expect(big.body.issues).toEqual([expect.objectContaining({ code: 'DRAFT_TOO_LARGE', path: 'data' })]);
    expect(big.body.issues[0].message.zh).toContain('上限 256 KB');
    const list = await consultant.put(`${drafts}/refund`, { data: ['张先生'], version: 0 });
    expect([list.status, list.body.issues[0].path, list.body.issues[0].code]).toEqual([400, 'data', 'API_FIELD_TYPE']);
    for (const key of ['no-such-flow', 'refund-request']) {
      const res = await consultant.put(`${drafts}/${key}`, { data: half, version: 0 });
      expect([res.status, res.body.code, res.body.message.en]).toEqual([404, 'API_NOT_FOUND', 'Flow not found']);
    }
    expect(count(ts, 'start_form_drafts')).toBe(0);
  });

  it('drops my draft when I start that flow (only mine, only on success)', async () => {
    await consultant.put(`${drafts}/refund`, { data: half, version: 0 });
    await colleague.put(`${drafts}/refund`, { data: { customerName: '李女士' }, version: 0 });
    // A start refused for bad data keeps the draft to fix it.
    const refused = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data: { ...refundData, customerPhone: '123' } });
    expect(refused.status).toBe(400);
    expect((await consultant.get(drafts)).body.items).toHaveLength(1);
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data: refundData });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await consultant.get(drafts)).body.items).toEqual([]);
    expect((await colleague.get(drafts)).body.items.map((d: { flowKey: string }) => d.flowKey)).toEqual(['refund']);
  });
});
