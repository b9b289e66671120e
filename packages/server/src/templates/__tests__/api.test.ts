import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@siteflow/runtime';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../testing/index.js';
import { errorHandler } from '../../http/error-handler.js';
import { createTemplatesRouter, directoryTemplateSource, findPackage, memoryTemplateSource, type TemplatePackage, type TemplateSource } from '../index.js';

// Drives the shipped templates through the real HTTP API of a test-mode server (ManualClock).
const PACKAGES = ['cancellation-tracking', 'cancellation-work-order', 'communication-sentiment', 'daily-sentiment-patrol', 'followup-risk', 'loan-prescreen', 'school-district-cancellation'];
const YUNQI = 'prj_yunqi';
const XIXI = 'prj_xixi';

interface Session { cookie: string; csrf: string; userId: string }
let ts: TestServer;
const sessions = new Map<string, Session>();

/** The templates router mounted on an app sharing the test server's context (same DB, sessions and clock). */
function templatesApp(source?: TemplateSource) {
  const app = express();
  app.use('/api', express.json());
  app.use(createTemplatesRouter({ ctx: ts.server.ctx, ...(source ? { source } : {}) }));
  app.use(errorHandler);
  return app;
}

async function as(username: string): Promise<Session> {
  const known = sessions.get(username);
  if (known) return known;
  const res = await request(ts.baseUrl).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  const s = { cookie: String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!, csrf: res.body.csrfToken as string, userId: res.body.user.id as string };
  sessions.set(username, s);
  return s;
}
async function api(username: string, method: 'get' | 'post', path: string, body?: unknown, app: express.Express | string = ts.baseUrl) {
  const s = await as(username);
  const req = request(app)[method](path).set('cookie', s.cookie).set('x-csrf-token', s.csrf);
  return body === undefined ? req : req.send(body as object);
}
const publish = (key: string, body: unknown, app = templatesApp()) => api('admin', 'post', `/api/admin/template-packages/${key}/publish`, body, app);

async function openTask(username: string, instanceId: string) {
  const inbox = await api(username, 'get', `/api/tasks?scope=mine&projectId=${YUNQI}`);
  expect(inbox.status).toBe(200);
  return (inbox.body.items as { id: string; instanceId: string; nodeId: string; version: number; dueAt: number | null }[]).find((t) => t.instanceId === instanceId);
}
async function submit(username: string, instanceId: string, nodeId: string, data: Record<string, unknown>) {
  const task = await openTask(username, instanceId);
  expect(task?.nodeId, `${username} should have ${nodeId}`).toBe(nodeId);
  const res = await api(username, 'post', `/api/tasks/${task!.id}/actions`, { action: 'submit', version: task!.version, data });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return task!;
}
const instance = async (id: string) => (await api('admin', 'get', `/api/projects/${YUNQI}/instances/${id}`)).body;

const caseData = { customerName: '张先生', customerPhone: '13812341234', building: '3', unit: '1', room: '1502', requestedAt: '2025-12-22T09:00:00+08:00' };
const interview = {
  interviewAt: '2025-12-22T09:10:00+08:00', reasons: ['familyDispute', 'schoolDistrict'], reasonDetail: '家人不同意买郊区，妻子关心周边私立幼儿园',
  depositAmount: 800000, paymentMethod: 'bankTransfer', thirdPartyInfluence: false, expectedResolution: 'within3d',
};

beforeAll(async () => {
  // Monday 2025-12-22 09:00 in Hangzhou: three working days end on Thursday 09:00.
  ts = await startTestServer({ demo: true, templatePackages: false, startAt: Date.parse('2025-12-22T09:00:00+08:00') });
});
afterAll(async () => { await ts?.close(); });

describe('template publishing API', () => {
  it('installs every shipped template into two projects, idempotently', async () => {
    for (const key of PACKAGES) {
      // When the admin publishes the package's current version to 云栖府 and 西溪云庐
      const version = findPackage(directoryTemplateSource(), key)!.pkg.manifest.version;
      const res = await publish(key, { version, projectIds: [YUNQI, XIXI] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.results.map((r: { status: string }) => r.status), JSON.stringify(res.body.results[0]?.issues)).toEqual(['installed', 'installed']);
      // then each project lists the package's flows as published definitions
      const pkg = findPackage(directoryTemplateSource(), key)!.pkg;
      for (const project of [YUNQI, XIXI]) {
        const flows = await api('admin', 'get', `/api/projects/${project}/flows`);
        for (const flow of pkg.flows) expect(flows.body.find((f: { key: string }) => f.key === flow.key)?.latestVersion).toBe(1);
      }
      // and publishing the same version again changes nothing
      const again = await publish(key, { version, projectIds: [YUNQI, XIXI] });
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['unchanged', 'unchanged']);
    }
    const list = await api('admin', 'get', '/api/admin/template-packages', undefined, templatesApp());
    const workOrder = list.body.find((p: { key: string }) => p.key === 'cancellation-work-order');
    expect(workOrder.installs.map((i: { projectId: string; version: string }) => `${i.projectId}@${i.version}`).sort()).toEqual([`${XIXI}@1.0.0`, `${YUNQI}@1.0.0`]);
    expect(workOrder.issues).toEqual([]);
    const audit = ts.server.ctx.sqlite.prepare("select count(*) as n from events where type = 'template.published'").get() as { n: number };
    expect(audit.n).toBe(PACKAGES.length * 2);
  });

  it('refuses non-admins and unknown versions with clear messages', async () => {
    const forbidden = await api('consultant', 'post', '/api/admin/template-packages/loan-prescreen/publish', { version: '1.0.0', projectIds: [YUNQI] }, templatesApp());
    expect(forbidden.status).toBe(403);
    const missing = await publish('loan-prescreen', { version: '9.9.9', projectIds: [YUNQI] });
    expect(missing.status).toBe(404);
    expect(missing.body.message.zh).toContain('版本 9.9.9');
    expect(missing.body.issues[0]).toMatchObject({ code: 'TPL_VERSION_NOT_FOUND', path: 'version' });
    expect(missing.body.issues[0].message.zh).toContain('可用版本：1.0.0');
    const bad = await publish('loan-prescreen', { version: '1.0.0', projectIds: [YUNQI], overrides: { slas: { alternatives: { amount: 0, unit: 'hours' } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toContain('slas');
  });

  it('drives the 退订工单 end to end: interview, matrix path, reply, archive, review stand-up, outcome', async () => {
    // Given a consultant opens a work order for 张先生
    const started = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: caseData });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.instanceId as string;
    // the first interview is due within 15 minutes
    const first = await openTask('consultant', id);
    expect(first?.dueAt).toBe(Date.parse('2025-12-22T09:15:00+08:00'));
    await submit('consultant', id, 'interview', interview);
    // the site manager classifies it as a family disagreement (24 h)
    const classify = await submit('siteManager', id, 'classify', { cancellationType: 'familyDispute', classificationNote: '夫妻意见不一致，关注学区' });
    expect(classify.dueAt).toBe(Date.parse('2025-12-23T09:00:00+08:00'));
    // the matrix path runs in parallel: 高级顾问 (sales supervisor) holds the second family meeting, 客服主管 the education briefing
    await submit('salesSupervisor', id, 'familyMeeting', { familyMeetingAt: '2025-12-23T10:00:00+08:00', familyNotes: '妻子为主要决策人，预约看校行程' });
    expect(await openTask('siteManager', id)).toBeUndefined(); // the reply waits for both
    await submit('customerServiceLead', id, 'educationBriefing', { educationBriefingAt: '2025-12-23T14:00:00+08:00' });
    await submit('siteManager', id, 'resolve', { resolution: 'retained', writtenReply: '已安排看校行程与育儿沙龙，客户决定继续购买' });
    await submit('customerService', id, 'archive', { customerNotified: true, notificationChannel: 'phone', archivedAt: '2025-12-23T18:00:00+08:00' });
    // closure announces the 15-minute review stand-up to the site manager
    await submit('siteManager', id, 'review', { reviewPreventable: true, reviewNotes: '学区承诺须书面确认并联动营销后台核实' });
    const done = await instance(id);
    expect(done.status ?? done.instance?.status).toBe('completed');
    expect(JSON.stringify(done)).toContain('retained');
  });

  it('applies the start step\'s field permissions: a later step\'s field is refused at 发起, naming it; the intake starts', async () => {
    // When a consultant sends 应退金额 (hidden until the archive step) with the intake
    const refused = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: { ...caseData, refundAmount: 800000 } });
    // then the start is refused with a field error naming 应退金额 in both languages
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('API_SUBMISSION_INVALID');
    const [issue] = refused.body.issues.refundAmount as { message: { zh: string; en: string } }[];
    expect(issue?.message.zh).toContain('应退金额');
    expect(issue?.message.en).toMatch(/refund/i);
    // and without it the same intake starts the work order
    const started = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: { ...caseData, customerName: '周女士' } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
  });

  it('escalates an open work order to the regional director when 72 hours (3 working days) pass', async () => {
    const started = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: { ...caseData, customerName: '李女士', customerPhone: '13900001111' } });
    const id = started.body.instanceId as string;
    await submit('consultant', id, 'interview', { ...interview, reasons: ['loanRejected'] });
    await submit('siteManager', id, 'classify', { cancellationType: 'loanRejected' });
    expect((await openTask('financeSpecialist', id))?.nodeId).toBe('loanAlternatives');
    expect((await openTask('legal', id))?.nodeId).toBe('loanLegal');
    const deadlineEvents = async () => (await instance(id)).timeline.filter((e: { type: string }) => e.type.includes('deadline')).length;
    // When nobody acts for 71 hours the case deadline has not passed yet
    await ts.advanceClock(71 * HOUR_MS);
    expect(await deadlineEvents()).toBe(0);
    // after 72 hours the deadline passes: the regional director is notified and added to the open task
    await ts.advanceClock(2 * HOUR_MS);
    expect(await deadlineEvents()).toBeGreaterThan(0);
    const inbox = await api('regionalDirector', 'get', `/api/tasks?scope=mine&projectId=${YUNQI}`);
    const directorTasks = (inbox.body.items as { instanceId: string; nodeId: string }[]).filter((t) => t.instanceId === id).map((t) => t.nodeId).sort();
    expect(directorTasks).toEqual(['loanAlternatives', 'loanLegal']);
    const notes = await api('regionalDirector', 'get', '/api/notifications');
    expect(JSON.stringify(notes.body)).toContain('工单整体时限已到');
  });

  it('upgrading to a new version leaves running instances on their version; an SLA override reaches the new flow', async () => {
    // Given an instance running on the installed version
    const started = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: { ...caseData, customerName: '王先生' } });
    const oldId = started.body.instanceId as string;
    const before = await instance(oldId);
    // When version 1.1.0 (the classification SLA overridden to 12 h for 云栖府) is published
    const current = findPackage(directoryTemplateSource(), 'cancellation-work-order')!.pkg;
    const next: TemplatePackage = { ...current, manifest: { ...current.manifest, version: '1.1.0' } };
    const app = templatesApp(memoryTemplateSource([current, next]));
    const res = await publish('cancellation-work-order', { version: '1.1.0', projectIds: [YUNQI, XIXI], projectOverrides: { [YUNQI]: { slas: { classification: { amount: 12, unit: 'hours' } } } } }, app);
    expect(res.body.results.map((r: { status: string; fromVersion: string }) => `${r.status} from ${r.fromVersion}`)).toEqual(['upgraded from 1.0.0', 'upgraded from 1.0.0']);
    const flowVersion = (r: { definitions: { kind: string; key: string; version: number; changed: boolean }[] }) => r.definitions.find((d) => d.kind === 'flow')!;
    expect(flowVersion(res.body.results[0]).changed).toBe(true);
    expect(flowVersion(res.body.results[1]).changed).toBe(false); // 西溪云庐 has no override: same flow, no new version
    const published = await api('admin', 'get', `/api/projects/${YUNQI}/flows/cancellation-work-order/versions/${flowVersion(res.body.results[0]).version}`);
    const classify = published.body.definition.nodes.find((n: { id: string }) => n.id === 'classify');
    expect(classify.sla.duration).toEqual({ amount: 12, unit: 'hours' });
    // then the running instance stays on its version and keeps its 24 h classification step
    const after = await instance(oldId);
    expect(JSON.stringify(after).includes(`"flowVersion":${JSON.stringify(before).match(/"flowVersion":(\d+)/)?.[1]}`)).toBe(true);
    await submit('consultant', oldId, 'interview', interview);
    const oldClassify = await openTask('siteManager', oldId);
    const fresh = await api('consultant', 'post', `/api/projects/${YUNQI}/instances`, { flowKey: 'cancellation-work-order', data: { ...caseData, customerName: '赵女士' } });
    await submit('consultant', fresh.body.instanceId, 'interview', interview);
    const newClassify = await openTask('siteManager', fresh.body.instanceId);
    const now = (await request(ts.baseUrl).get('/api/test/clock')).body.now as number;
    expect(oldClassify!.dueAt! - now).toBeGreaterThan(23 * HOUR_MS);
    expect(newClassify!.dueAt! - now).toBeLessThanOrEqual(12 * HOUR_MS + MINUTE_MS);
  });
});
