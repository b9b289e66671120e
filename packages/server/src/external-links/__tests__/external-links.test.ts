import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestServer, type TestServer, type TestSession } from '../../testing/index.js';

const P = 'prj_yunqi';
let ts: TestServer;
const as: Record<string, TestSession> = {};

async function openTask(user: string, instanceId: string): Promise<{ id: string; version: number; nodeId: string }> {
  const res = await as[user]!.request('GET', `/api/tasks?scope=mine&projectId=${P}`);
  const task = (res.body.items as { id: string; version: number; nodeId: string; instanceId: string; status: string }[]).find((t) => t.instanceId === instanceId && t.status === 'open');
  if (!task) throw new Error(`${user} has no open task on ${instanceId}`);
  return task;
}

async function submit(user: string, instanceId: string, data: Record<string, unknown>) {
  const task = await openTask(user, instanceId);
  const res = await as[user]!.request('POST', `/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return task;
}

async function caseAtBureauStep(name: string): Promise<string> {
  const started = await as.consultant!.request('POST', `/api/projects/${P}/instances`, {
    flowKey: 'school-district-cancellation',
    data: { customerName: name, customerPhone: '13800001234', building: '3', room: '1201', requestedAt: '2025-12-20T16:17:00+08:00' },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.instanceId as string;
  await submit('consultant', id, { interviewAt: '2025-12-20T16:30:00+08:00', reasons: ['schoolDistrict', 'familyDispute'], depositAmount: 800000, paymentMethod: 'bankTransfer', thirdPartyInfluence: true, thirdPartyDetail: '妻子认为郊区学位不确定', expectedResolution: 'within24h' });
  await submit('educationConsultant', id, { schoolQuestion: '该地块是否对应公立小学学区，孩子能否落户入学？', eduBureauContactName: '刘老师', eduBureauContactPhone: '13900005678' });
  return id;
}

beforeAll(async () => {
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-20T08:17:00Z') });
  for (const u of ['admin', 'consultant', 'educationConsultant', 'siteManager']) as[u] = await loginAs(ts.baseUrl, u, 'siteflow2025');
  const published = await as.admin!.request('POST', '/api/admin/template-packages/school-district-cancellation/publish', { version: '1.0.0', projectIds: [P] });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  expect(published.body.results[0].status).not.toBe('failed');
});

afterAll(async () => {
  await ts?.close();
});

describe('signed one-time links for the education bureau contact', () => {
  it('lets the contact confirm the policy once, completing the 教育局对接 step, and refuses a second use', async () => {
    const id = await caseAtBureauStep('张先生');
    const task = await openTask('educationConsultant', id);
    expect(task.nodeId).toBe('bureauConfirm');
    const issued = await as.educationConsultant!.request('POST', `/api/tasks/${task.id}/external-links`, {
      contactName: '刘老师（区教育局）', contact: '13900005678', fields: ['policyStatus', 'policyDetail'], preset: { confirmedBy: 'bureauLink' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const view = (await fetch(`${ts.baseUrl}${issued.body.path}`).then((r) => r.json())) as any;
    expect(view.fields.map((f: { path: string }) => f.path)).toEqual(['policyStatus', 'policyDetail']);
    expect(view.fields[0].options.map((o: { value: string }) => o.value)).toContain('confirmed');
    const page = await fetch(`${ts.baseUrl}${issued.body.pagePath}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('政策确认结果');

    const answer = { data: { policyStatus: 'confirmed', policyDetail: '该地块已纳入云栖小学学区，2026年秋季可按片区入学。' }, note: '以区教育局2025年12月公告为准' };
    const first = await fetch(`${ts.baseUrl}${issued.body.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer) });
    expect(first.status).toBe(200);
    const detail = await as.educationConsultant!.request('GET', `/api/projects/${P}/instances/${id}`);
    expect(detail.body.record.data).toMatchObject({ policyStatus: 'confirmed', confirmedBy: 'bureauLink' });
    expect((await openTask('educationConsultant', id)).nodeId).toBe('familyBriefing');

    const second = await fetch(`${ts.baseUrl}${issued.body.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer) });
    expect(second.status).toBe(409);
    const body = (await second.json()) as any;
    expect(body.code).toBe('LINK_USED');
    expect(body.message.zh).toContain('只能提交一次');
    expect(body.message.en).toContain('only once');
  });

  it('refuses an altered token with a bilingual 400, as JSON and as a page', async () => {
    const id = await caseAtBureauStep('赵女士');
    const task = await openTask('educationConsultant', id);
    const issued = await as.educationConsultant!.request('POST', `/api/tasks/${task.id}/external-links`, { contactName: '刘老师', fields: ['policyStatus', 'policyDetail'], preset: { confirmedBy: 'bureauLink' } });
    const token = issued.body.token as string;
    const [payload, mac] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ l: issued.body.linkId, e: issued.body.expiresAt + 365 * 86_400_000 })).toString('base64url');
    for (const bad of [`${forged}.${mac}`, `${payload}.${mac.slice(0, -2)}AA`, 'not-a-token']) {
      const res = await fetch(`${ts.baseUrl}/api/external-links/${bad}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { policyStatus: 'confirmed', policyDetail: 'x' } }) });
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.code).toBe('LINK_INVALID');
      expect(body.message.zh).toContain('链接无效');
      expect(body.message.en).toContain('invalid');
    }
    const page = await fetch(`${ts.baseUrl}/api/external-links/${forged}.${mac}/page`);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('链接无效');
    expect(html).toContain('invalid');
    expect((await openTask('educationConsultant', id)).nodeId).toBe('bureauConfirm');
  });

  it('refuses an expired link and a missing required answer, and only a pending assignee may issue one', async () => {
    const id = await caseAtBureauStep('钱先生');
    const task = await openTask('educationConsultant', id);
    const notMine = await as.siteManager!.request('POST', `/api/tasks/${task.id}/external-links`, { contactName: '刘老师', fields: ['policyStatus'] });
    expect(notMine.status).toBe(403);
    const readOnly = await as.educationConsultant!.request('POST', `/api/tasks/${task.id}/external-links`, { contactName: '刘老师', fields: ['depositAmount'] });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.code).toBe('LINK_FIELD_NOT_EDITABLE');
    const issued = await as.educationConsultant!.request('POST', `/api/tasks/${task.id}/external-links`, { contactName: '刘老师', fields: ['policyStatus', 'policyDetail'], preset: { confirmedBy: 'bureauLink' }, expiresIn: { amount: 2, unit: 'hours' } });
    const missing = await fetch(`${ts.baseUrl}${issued.body.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { policyStatus: 'pending' } }) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).message.zh).toContain('政策说明');
    await ts.advanceClock(3 * 60 * 60 * 1000);
    const late = await fetch(`${ts.baseUrl}${issued.body.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: { policyStatus: 'pending', policyDetail: '学位分配尚未最终批复' } }) });
    expect(late.status).toBe(409);
    const body = (await late.json()) as any;
    expect(body.code).toBe('LINK_EXPIRED');
    expect(body.message.en).toContain('expired');
    expect((await openTask('educationConsultant', id)).nodeId).toBe('bureauConfirm');
  });

  it('works as a plain HTML form for a contact on a phone, once', async () => {
    const id = await caseAtBureauStep('孙先生');
    const task = await openTask('educationConsultant', id);
    const issued = await as.educationConsultant!.request('POST', `/api/tasks/${task.id}/external-links`, { contactName: '刘老师', fields: ['policyStatus', 'policyDetail'], preset: { confirmedBy: 'bureauLink' } });
    const form = new URLSearchParams({ f_policyStatus: 'pending', f_policyDetail: '学位分配尚未最终批复，预计2026年3月公布。', note: '电话 0571-0000' });
    const sent = await fetch(`${ts.baseUrl}${issued.body.pagePath}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('已提交');
    const detail = await as.educationConsultant!.request('GET', `/api/projects/${P}/instances/${id}`);
    expect(detail.body.record.data).toMatchObject({ policyStatus: 'pending', confirmedBy: 'bureauLink' });
    const reopened = await fetch(`${ts.baseUrl}${issued.body.pagePath}`);
    expect(reopened.status).toBe(409);
    expect(await reopened.text()).toContain('只能提交一次');
  });
});
