import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { allRoutes, createAdmin, chinaCalendar } from './tenancy-fixtures.js';
import { count, demoServer, refundData, signIn, startRefund, type Client } from './helpers.js';

// Bodies valid enough to pass schema checks, so the answer shows authorization, not validation.
const bodies: Record<string, unknown> = {
  'post /api/projects/:projectId/forms': { definition: { key: 'leak' } },
  'put /api/projects/:projectId/forms/:key': { definition: { key: 'refund-request' }, version: 1 },
  'post /api/projects/:projectId/forms/:key/publish': {},
  'post /api/projects/:projectId/flows': { definition: { key: 'leak' } },
  'put /api/projects/:projectId/flows/:key': { definition: { key: 'refund' }, version: 1 },
  'post /api/projects/:projectId/flows/:key/publish': {},
  'post /api/projects/:projectId/flows/:key/migrate': { from: 1 },
  'post /api/projects/:projectId/rules': { definition: { key: 'leak' } },
  'put /api/projects/:projectId/rules/:key': { definition: { key: 'risk' }, version: 1 },
  'post /api/projects/:projectId/rules/:key/publish': {},
  'post /api/projects/:projectId/records': { formKey: 'refund-request', data: refundData },
  'patch /api/projects/:projectId/records/:id': { data: { unitNo: '9-9-999' }, version: 1 },
  'post /api/projects/:projectId/records/:id/unmask': { field: 'customerPhone' },
  'post /api/projects/:projectId/records/:id/owner': { ownerId: 'usr_consultant2', version: 1 },
  'post /api/projects/:projectId/comm-logs/:id/unmask': { field: 'text' },
  'post /api/projects/:projectId/instances': { flowKey: 'refund', data: refundData },
  'post /api/projects/:projectId/instances/:id/actions': { action: 'cancel', version: 1 },
  'post /api/tasks/:id/actions': { action: 'approve', version: 1 },
  'put /api/projects/:projectId/calendar': { calendar: chinaCalendar, version: 0 },
  'put /api/projects/:projectId/robots/:key': { kind: 'wecom', name: '案场群', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' },
  'patch /api/admin/users/:id': { displayName: '改名', version: 1 },
  'post /api/admin/users/:id/end-sessions': {},
  'patch /api/admin/projects/:id': { name: '改名', version: 1 },
  'post /api/admin/outbox/:id/retry': {},
  'post /api/admin/template-packages/:key/publish': { version: '1.0.0', projectIds: ['prj_yunqi'] },
  'post /api/projects/:projectId/keyword-dictionaries/:key/terms': { terms: [{ term: '泄露', weight: 1 }] },
  'post /api/projects/:projectId/views': { formKey: 'refund-request', name: '我的视图', columns: ['unitNo'], filters: [], sort: 'unitNo' },
  'put /api/projects/:projectId/views/:id': { name: '改名', columns: ['unitNo'], filters: [], sort: 'unitNo', version: 1 },
  'post /api/projects/:projectId/rules/:key/run': {},
  'post /api/projects/:projectId/comm-logs': { logs: [{ externalId: 'leak-1', customerId: 'c1', from: 'customer', text: '定金能不能退', at: 1_790_000_000_000 }] },
  'post /api/tasks/:id/external-links': { contactName: '教育局王老师', fields: ['reviewNote'] },
  'put /api/projects/:projectId/seller-profile': { sellerName: '别家公司', sellerCreditCode: '91350100M000100Y43', sellerAddress: '别处', sellerRepresentative: '某人', refundDays: 10, version: 1 },
  'put /api/projects/:projectId/drafts/:flowKey': { data: { customerName: '张先生' }, version: 0 },
  'put /api/projects/:projectId/record-drafts/:formKey': { data: { customerName: '张先生' }, version: 0 },
  'post /api/projects/:projectId/handover': { fromUserId: 'usr_consultant', toUserId: 'usr_consultant2' },
};

// Queries a route requires (the version a delete checks), for the same reason.
const queries: Record<string, string> = {
  'delete /api/projects/:projectId/forms/:key': 'version=1',
  'delete /api/projects/:projectId/flows/:key': 'version=1',
  'delete /api/projects/:projectId/rules/:key': 'version=1',
};

describe('tenancy: every route with an id answers 404 to other projects, regions and organisations', () => {
  let ts: TestServer;
  let ids: Record<string, string>;
  let consultant: Client;
  beforeAll(async () => {
    ts = await demoServer();
    consultant = await signIn(ts, 'consultant');
    const supervisor = await signIn(ts, 'salesSupervisor');
    const manager = await signIn(ts, 'siteManager');
    const admin = await signIn(ts, 'admin');
    const run = await startRefund(consultant, supervisor);
    const rule = await manager.post('/api/projects/prj_yunqi/rules', { definition: { key: 'risk', name: { zh: '退筹风险', en: 'Risk' }, trigger: { kind: 'manual' }, actions: [] } });
    expect(rule.status).toBe(201);
    expect((await manager.put('/api/projects/prj_yunqi/robots/site-group', { kind: 'wecom', name: '案场群', url: 'http://127.0.0.1:9/hook' })).status).toBe(200);
    const token = await admin.post('/api/admin/tokens', { name: 'crm' });
    const membership = (await admin.get('/api/admin/memberships')).body.find((m: { userId: string }) => m.userId === 'usr_consultant');
    const outbox = ts.server.ctx.sqlite.prepare('select id from outbox limit 1').get() as { id: string };
    const view = await consultant.post('/api/projects/prj_yunqi/views', bodies['post /api/projects/:projectId/views']);
    expect(view.status, JSON.stringify(view.body)).toBe(201);
    ids = { record: run.recordId, instance: run.instanceId, task: run.taskId, token: token.body.id, membership: membership.id, outbox: outbox.id, view: view.body.id };
    await createAdmin(ts.server.ctx, { username: 'other.admin', password: 'other-password-1', organisation: '别家集团', project: '别家项目' });
  });
  afterAll(() => ts.close());

  function fill(path: string): string {
    const id = path.startsWith('/api/projects/:projectId/records') ? ids.record!
      : path.startsWith('/api/projects/:projectId/instances') ? ids.instance!
      : path.startsWith('/api/tasks') ? ids.task!
      : path.startsWith('/api/admin/users') ? 'usr_consultant'
      : path.startsWith('/api/admin/projects') ? 'prj_yunqi'
      : path.startsWith('/api/admin/memberships') ? ids.membership!
      : path.startsWith('/api/admin/tokens') ? ids.token!
      : path.startsWith('/api/projects/:projectId/views') ? ids.view!
      : ids.outbox!;
    const key = path.includes('/forms') ? 'refund-request' : path.includes('/flows') ? 'refund' : path.includes('/rules') ? 'risk'
      : path.includes('/template-packages') ? 'cancellation-work-order' : path.includes('/keyword-dictionaries') ? 'refund-risk-words' : 'site-group';
    return path.replace(':projectId', 'prj_yunqi').replace(':id', id).replace(':key', key).replace(':flowKey', 'refund').replace(':formKey', 'customer-followup').replace(':version', '1');
  }

  const idRoutes = allRoutes().filter((r) => r.path.includes(':'));
  /** A route's path with sample ids, and the query it requires. */
  const url = (r: (typeof idRoutes)[number]) => fill(r.path) + (queries[`${r.method} ${r.path}`] ? `?${queries[`${r.method} ${r.path}`]}` : '');

  it('has a sample body for every write route with an id, and a sample query where one is required (new routes join the matrix)', () => {
    const missing = idRoutes.filter((r) => (r.method === 'post' || r.method === 'put' || r.method === 'patch') && !(`${r.method} ${r.path}` in bodies));
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const required = (r: (typeof idRoutes)[number]) => ((r.query as { required?: string[] } | undefined)?.required ?? []).length > 0;
    expect(idRoutes.filter((r) => r.method === 'delete' && required(r) && !(`${r.method} ${r.path}` in queries)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it.each(['sz.consultant', 'sz.director', 'xixi.manager', 'xixi.consultant'])('%s (another project or region) gets 404 everywhere in 杭州·云栖府', async (username) => {
    const outsider = await signIn(ts, username);
    const before = ['records', 'instances', 'definitions', 'events', 'robots', 'calendars', 'seller_profiles', 'start_form_drafts', 'record_form_drafts'].map((t) => count(ts, t));
    for (const r of idRoutes.filter((x) => !x.path.startsWith('/api/admin'))) {
      const res = await outsider[r.method](url(r), bodies[`${r.method} ${r.path}`] as never);
      expect({ route: `${r.method} ${r.path}`, status: res.status, code: res.body?.code }).toEqual({ route: `${r.method} ${r.path}`, status: 404, code: 'API_NOT_FOUND' });
      expect(res.text).not.toMatch(/张|1381234|13812341234|3-1-1502/);
    }
    expect(['records', 'instances', 'definitions', 'events', 'robots', 'calendars', 'seller_profiles', 'start_form_drafts', 'record_form_drafts'].map((t) => count(ts, t))).toEqual(before);
  });

  it('an admin of another organisation gets 404 on every admin route with an id', async () => {
    const other = await signIn(ts, 'other.admin', 'other-password-1');
    for (const r of idRoutes.filter((x) => x.path.startsWith('/api/admin'))) {
      const res = await other[r.method](url(r), bodies[`${r.method} ${r.path}`] as never);
      if (r.method === 'get' && r.path === '/api/admin/template-packages/:key') {
        // The package catalogue is shared; what another organisation installed is not.
        expect(res.status).toBe(200);
        expect(res.text).not.toMatch(/prj_yunqi|云栖府/);
        continue;
      }
      if (r.path === '/api/admin/template-packages/:key/publish') {
        // Bulk publishing answers per project: a project outside the organisation fails exactly like one that does not exist.
        expect(res.status).toBe(200);
        expect(res.body.results.map((x: { status: string; issues: { code: string }[] }) => [x.status, x.issues[0]?.code])).toEqual([['failed', 'TPL_PROJECT_NOT_FOUND']]);
        continue;
      }
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({ route: `${r.method} ${r.path}`, status: 404 });
    }
    const users = await other.get('/api/admin/users');
    expect(users.body.map((u: { username: string }) => u.username)).toEqual(['other.admin']);
  });

  it('the regional director sees the projects of the region only', async () => {
    const director = await signIn(ts, 'regionalDirector');
    const projects = (await director.get('/api/projects')).body.map((p: { id: string }) => p.id);
    expect(projects.sort()).toEqual(['prj_xixi', 'prj_yunqi']);
    expect((await director.get(`/api/tasks/${ids.task}`)).status).toBe(200);
  });

  it('refuses projectId, status, ownerId or an assignee in a body (mass assignment), storing nothing', async () => {
    const before = count(ts, 'records');
    for (const extra of [{ projectId: 'prj_shenzhen' }, { status: 'closed' }, { ownerId: 'usr_consultant2' }, { assignee: 'usr_consultant' }]) {
      const res = await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData, ...extra });
      expect(res.status).toBe(400);
      expect(res.body.issues[0].code).toBe('API_FIELD_UNKNOWN');
      expect(res.body.issues[0].message.zh).toContain(Object.keys(extra)[0]);
    }
    const patch = await consultant.patch(`/api/projects/prj_yunqi/records/${ids.record}`, { data: { unitNo: 'x' }, version: 1, status: 'closed' });
    expect(patch.status).toBe(400);
    const task = await consultant.post(`/api/tasks/${ids.task}/actions`, { action: 'approve', version: 1, assignee: 'usr_consultant' });
    expect(task.status).toBe(400);
    expect(count(ts, 'records')).toBe(before);
  });
});
