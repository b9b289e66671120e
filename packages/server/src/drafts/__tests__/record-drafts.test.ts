import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { count, demoServer, signIn, type Client } from '../../__tests__/helpers.js';

const P = 'prj_yunqi';
const drafts = `/api/projects/${P}/record-drafts`;
const FOLLOWUP = 'customer-followup';
const half = { customerName: '钱先生', customerPhone: '13811112222' };
const unpublished = {
  key: 'visit-log', name: { zh: '来访登记', en: 'Visit log' },
  schema: { type: 'object', properties: { customerName: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '客户姓名', en: 'Customer name' } } } } },
};

// 客户跟进记录 has no flow: a consultant logs it directly (登记记录), and what she typed is kept as a
// draft on the server so a closed tab or another device loses nothing.
describe('server-side record-form drafts 草稿 (登记记录)', () => {
  let ts: TestServer;
  let consultant: Client;
  let colleague: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, colleague] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'consultant2')]);
  });
  afterAll(() => ts.close());

  it('saves, lists, updates and discards my draft of a published form, apart from my start-form drafts', async () => {
    // Given a start-form draft of the refund flow
    await consultant.put(`/api/projects/${P}/drafts/refund`, { data: { customerName: '张先生' }, version: 0 });
    // When the consultant saves a follow-up draft
    const created = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: half, version: 0 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toEqual({ formKey: FOLLOWUP, data: half, version: 1, updatedAt: expect.any(Number) });
    // Then each list holds its own kind only
    expect((await consultant.get(drafts)).body).toEqual({ items: [created.body] });
    expect((await consultant.get(`/api/projects/${P}/drafts`)).body.items.map((d: { flowKey: string }) => d.flowKey)).toEqual(['refund']);
    const updated = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: { ...half, mentionsComparison: true }, version: 1 });
    expect([updated.status, updated.body.version, updated.body.data.mentionsComparison]).toEqual([200, 2, true]);
    expect((await consultant.delete(`${drafts}/${FOLLOWUP}`)).status).toBe(204);
    expect((await consultant.get(drafts)).body).toEqual({ items: [] });
    // Discarding twice (two tabs) is fine, and the start-form draft is untouched
    expect((await consultant.delete(`${drafts}/${FOLLOWUP}`)).status).toBe(204);
    expect((await consultant.get(`/api/projects/${P}/drafts`)).body.items).toHaveLength(1);
    await consultant.delete(`/api/projects/${P}/drafts/refund`);
  });

  it('keeps drafts to their owner: a colleague neither sees nor overwrites mine; another project\'s member gets 404', async () => {
    await consultant.put(`${drafts}/${FOLLOWUP}`, { data: half, version: 0 });
    expect((await colleague.get(drafts)).body).toEqual({ items: [] });
    const theirs = await colleague.put(`${drafts}/${FOLLOWUP}`, { data: { customerName: '李女士' }, version: 0 });
    expect([theirs.status, theirs.body.version]).toEqual([200, 1]);
    expect((await colleague.delete(`${drafts}/${FOLLOWUP}`)).status).toBe(204);
    expect((await consultant.get(drafts)).body.items.map((d: { data: unknown }) => d.data)).toEqual([half]);
    // A consultant of another project (深圳) cannot list, write or delete drafts here
    const outsider = await signIn(ts, 'sz.consultant');
    for (const res of [await outsider.get(drafts), await outsider.put(`${drafts}/${FOLLOWUP}`, { data: {}, version: 0 }), await outsider.delete(`${drafts}/${FOLLOWUP}`)]) {
      expect([res.status, res.body?.code]).toEqual([404, 'API_NOT_FOUND']);
      expect(res.text).not.toContain('钱先生');
    }
    expect((await consultant.get(drafts)).body.items).toHaveLength(1);
    await consultant.delete(`${drafts}/${FOLLOWUP}`);
  });

  it('answers 409 to a save from a stale copy (another device saved first)', async () => {
    const first = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: half, version: 0 });
    const phone = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: { ...half, customerName: '钱女士' }, version: first.body.version });
    expect(phone.body.version).toBe(2);
    const laptop = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: { ...half, customerName: '钱老师' }, version: first.body.version });
    expect([laptop.status, laptop.body.code]).toEqual([409, 'API_VERSION_CONFLICT']);
    expect((await consultant.put(`${drafts}/${FOLLOWUP}`, { data: half, version: 0 })).status).toBe(409);
    expect((await consultant.get(drafts)).body.items[0].data.customerName).toBe('钱女士');
    await consultant.delete(`${drafts}/${FOLLOWUP}`);
  });

  it('refuses drafts over 256 KB, and forms that do not exist, are not published or are flows', async () => {
    const big = await consultant.put(`${drafts}/${FOLLOWUP}`, { data: { note: '很'.repeat(90_000) }, version: 0 });
    expect(big.status).toBe(400);
    expect(big.body.issues).toEqual([expect.objectContaining({ code: 'DRAFT_TOO_LARGE', path: 'data' })]);
    expect(big.body.issues[0].message.zh).toContain('上限 256 KB');
    const manager = await signIn(ts, 'siteManager');
    expect((await manager.post(`/api/projects/${P}/forms`, { definition: unpublished })).status).toBe(201);
    for (const key of ['no-such-form', 'visit-log', 'refund']) {
      const res = await consultant.put(`${drafts}/${key}`, { data: half, version: 0 });
      expect([key, res.status, res.body.code, res.body.message.en]).toEqual([key, 404, 'API_NOT_FOUND', 'Form not found']);
    }
    expect(count(ts, 'record_form_drafts')).toBe(0);
  });

  it('drops my draft when I log that record (only mine, only on success)', async () => {
    await consultant.put(`${drafts}/${FOLLOWUP}`, { data: half, version: 0 });
    await colleague.put(`${drafts}/${FOLLOWUP}`, { data: { customerName: '李女士' }, version: 0 });
    // A record refused for bad data keeps the draft to fix it
    const refused = await consultant.post(`/api/projects/${P}/records`, { formKey: FOLLOWUP, data: { ...half, customerPhone: '123' } });
    expect(refused.status).toBe(400);
    expect((await consultant.get(drafts)).body.items).toHaveLength(1);
    const created = await consultant.post(`/api/projects/${P}/records`, { formKey: FOLLOWUP, data: half });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await consultant.get(drafts)).body.items).toEqual([]);
    expect((await colleague.get(drafts)).body.items.map((d: { formKey: string }) => d.formKey)).toEqual([FOLLOWUP]);
  });
});
