import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';
import type { Client } from '../../__tests__/helpers.js';

const P = '/api/projects/prj_yunqi/views';
const spec = { formKey: 'refund-request', name: '我的退订跟进', shared: false, columns: ['customerName', 'customerPhone', 'depositAmount'], filters: [{ field: 'reason', op: 'eq', value: 'familyDispute' }], sort: '-createdAt' };

describe('saved tracking views', () => {
  let f: WorkspaceFixture;
  let consultant: Client;
  let colleague: Client;
  beforeAll(async () => {
    f = await workspaceFixture();
    consultant = await f.login('consultant');
    colleague = await f.login('consultant2');
  });
  afterAll(async () => { await f?.close(); });

  it('saves a view that its owner sees again, private until shared', async () => {
    // Given a consultant who saves columns, a filter and a sort
    const created = await consultant.post(P, spec);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '我的退订跟进', columns: spec.columns, filters: spec.filters, version: 1 });
    // Then the owner lists it, a colleague does not
    expect((await consultant.get(`${P}?form=refund-request`)).body.items.map((v: { id: string }) => v.id)).toContain(created.body.id);
    expect((await colleague.get(`${P}?form=refund-request`)).body.items).toEqual([]);
    // When it is shared, the colleague sees it but cannot change it
    const shared = await consultant.put(`${P}/${created.body.id}`, { name: spec.name, columns: spec.columns, filters: spec.filters, sort: spec.sort, shared: true, version: 1 });
    expect(shared.status).toBe(200);
    expect((await colleague.get(`${P}?form=refund-request`)).body.items).toHaveLength(1);
    expect((await colleague.delete(`${P}/${created.body.id}`)).status).toBe(404);
    // And a stale version answers 409
    expect((await consultant.put(`${P}/${created.body.id}`, { name: spec.name, columns: spec.columns, filters: spec.filters, sort: spec.sort, shared: true, version: 1 })).status).toBe(409);
  });

  it('refuses a column the form does not have, naming it', async () => {
    const res = await consultant.post(P, { ...spec, columns: ['customerName', 'noSuchField'] });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.issues)).toContain('noSuchField');
    expect(res.body.message.zh).toBeTruthy();
  });

  it('answers 404 to members of another project', async () => {
    const other = await f.login('sz.consultant');
    expect((await other.get(`${P}?form=refund-request`)).status).toBe(404);
  });

  it('tells the browser the server business time', async () => {
    const res = await consultant.get('/api/workspace/now');
    expect(res.body.now).toBe(f.ts.server.ctx.clock.now());
  });
});
