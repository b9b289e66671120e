import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountRoutes } from '../../http/route.js';
import { errorHandler } from '../../http/error-handler.js';
import { DEMO_PASSWORD } from '../../testing/index.js';
import { MAX_NESTING, ruleRunnerRoutes } from '../index.js';
import { upsertVersion } from '../../templates/index.js';
import { demoUserId } from '../../testing/index.js';
import { HOUR_MS } from '@siteflow/runtime';
import { followUp, ruleWorld } from './helpers.js';

describe('followup-risk rules on record writes (seed 000)', () => {
  let w: Awaited<ReturnType<typeof ruleWorld>>;
  beforeAll(async () => {
    w = await ruleWorld('2025-12-22 09:00', ['followup-risk']);
  });
  afterAll(async () => w.close());

  it('any 2 of the 4 signals → 一级预警 → 案场经理 must hold the coordination meeting within 2 hours', async () => {
    // Given a consultant records a customer who vaguely compares other projects and asks whether the deposit is refundable
    const now = w.ctx.clock.now();
    const { id, firings } = w.create('consultant', 'customer-followup', followUp({ mentionsComparison: true, askedDepositRefund: true }));
    // Then the level-1 rule fired once, marked the record, and started the coordination meeting
    expect(firings.filter((f) => f.status === 'fired').map((f) => f.ruleKey)).toEqual(['risk-level1-on-create']);
    expect(w.record(id).data).toMatchObject({ riskLevel: 'level1', riskIndex: 2, level1Raised: true });
    const meeting = w.openTasks('siteManager').filter((t) => t.flowKey === 'coordination-meeting');
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({ nodeId: 'organise', dueAt: now + 2 * HOUR_MS });
    expect(w.record(meeting[0]!.recordId).data).toMatchObject({ customerName: '张先生', riskIndex: 2 });
    // And the site manager is alerted with the signals that fired; the firing is audited on the record
    const titles = await w.notifications('siteManager');
    expect(titles.some((t) => t.startsWith('一级预警：张先生') && t.includes('询问定金能否退') && t.includes('再比较一下其他盘'))).toBe(true);
    // 销售主管 does not own the customer and may not see personal data in clear: the name is masked for them
    const supervisorTitles = await w.notifications('salesSupervisor');
    expect(supervisorTitles).toEqual(expect.arrayContaining([expect.stringContaining('一级预警：张**')]));
    expect(supervisorTitles.filter((t) => t.includes('张先生'))).toEqual([]);
    expect(w.count(`events where record_id = ? and type = 'rule.fired'`, id)).toBe(1);
    expect(w.count(`events where record_id = ? and type = 'rule.alert'`, id)).toBe(1);
  });

  it('the meeting asks the customer’s own consultant for first-hand information, not every consultant', async () => {
    // Given 李强 (consultant2) logs his customer with two signals
    const { id } = w.create('consultant2', 'customer-followup', followUp({ customerName: '吴先生', customerPhone: '13900003333', consultant: demoUserId('consultant2'), mentionsComparison: true, askedDepositRefund: true }));
    expect(w.record(id).data.level1Raised).toBe(true);
    const organise = w.openTasks('siteManager').find((t) => t.flowKey === 'coordination-meeting' && w.record(t.recordId).data.customerName === '吴先生')!;
    expect(w.record(organise.recordId).data.consultant).toBe(demoUserId('consultant2'));
    // When the site manager schedules the meeting
    const manager = await w.ts.login('siteManager');
    const res = await manager.request('POST', `/api/tasks/${organise.id}/actions`, {
      action: 'submit', version: organise.version, data: { meetingAt: '2025-12-22T10:30:00+08:00', participants: ['consultant', 'salesSupervisor', 'customerService'], engineeringNeeded: false },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Then 置业顾问提供一手信息 waits for 李强 alone
    const mine = (username: string) => w.openTasks(username).filter((t) => t.nodeId === 'consultantInput' && t.recordId === organise.recordId);
    expect(mine('consultant2')).toHaveLength(1);
    expect(mine('consultant')).toHaveLength(0);
  });

  it('one signal alone raises nothing', () => {
    const before = w.openTasks('siteManager').length;
    const { id, firings } = w.create('consultant', 'customer-followup', followUp({ customerName: '李女士', customerPhone: '13900001111', photographedDetails: true }));
    expect(firings).toEqual([]);
    expect(w.record(id).data.level1Raised).toBeUndefined();
    expect(w.openTasks('siteManager')).toHaveLength(before);
    expect(w.count(`rule_firings where subject_id = ?`, id)).toBe(0);
  });

  it('a second signal added later raises the alert once, even when the change is replayed', () => {
    const { id } = w.create('consultant', 'customer-followup', followUp({ customerName: '周先生', customerPhone: '13900002222', photographedDetails: true }));
    const before = w.record(id);
    const first = w.patch('consultant', id, { askedDepositRefund: true });
    expect(first.filter((f) => f.status === 'fired').map((f) => f.ruleKey)).toEqual(['risk-level1-on-change']);
    // A retry of the same write (same before/after) does nothing more.
    const replay = w.ctx.sqlite.transaction(() => w.runner.onRecordChanged('prj_yunqi', before, { ...before, data: { ...before.data, askedDepositRefund: true } }, ['askedDepositRefund'], { ctx: w.ctx }))();
    expect(replay.filter((f) => f.status === 'fired')).toEqual([]);
    const meetings = w.openTasks('siteManager').filter((t) => t.flowKey === 'coordination-meeting');
    expect(meetings.filter((t) => w.record(t.recordId).data.customerName === '周先生')).toHaveLength(1);
  });

  it('the behaviour table: repeated loan questions → 金融专员 one-to-one monthly payment task within 24 hours', async () => {
    const now = w.ctx.clock.now();
    const { id } = w.create('consultant', 'customer-followup', followUp({ customerName: '王先生', customerPhone: '13900003333' }));
    const fired = w.patch('consultant', id, { repeatedLoanQuestions: true });
    expect(fired.map((f) => [f.ruleKey, f.status])).toEqual([['behaviour-loan-approval', 'fired']]);
    const tasks = w.openTasks('financeSpecialist').filter((t) => t.recordId === id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.name).toEqual({ zh: '安排财务专员一对一测算月供方案', en: 'One-to-one monthly payment calculation' });
    expect(tasks[0]!.dueAt).toBe(now + 24 * HOUR_MS);
    expect(await w.notifications('financeSpecialist')).toEqual(expect.arrayContaining(['安排财务专员一对一测算月供方案：王先生\n潜在心理：资金压力大，担心断供']));
  });

  it('the same record changed twice the same day fires the rule once (no second task)', () => {
    const { id } = w.create('consultant', 'customer-followup', followUp({ customerName: '赵女士', customerPhone: '13900004444' }));
    const before = w.record(id);
    expect(w.patch('consultant', id, { eldersWithoutChildren: true }).map((f) => f.ruleKey)).toEqual(['behaviour-elders-only']);
    w.patch('consultant', id, { eldersWithoutChildren: false });
    expect(w.patch('consultant', id, { eldersWithoutChildren: true })).toEqual([]);
    // Calling the hook again for the same change (a retry) is reported as a duplicate and does nothing.
    const replay = w.ctx.sqlite.transaction(() => w.runner.onRecordChanged('prj_yunqi', before, { ...before, data: { ...before.data, eldersWithoutChildren: true } }, ['eldersWithoutChildren'], { ctx: w.ctx }))();
    expect(replay.map((f) => [f.ruleKey, f.status])).toEqual([['behaviour-elders-only', 'duplicate']]);
    const consultantTasks = w.openTasks('consultant').filter((t) => t.recordId === id);
    expect(consultantTasks).toHaveLength(1);
    expect(w.count(`rule_firings where subject_id = ? and rule_key = 'behaviour-elders-only'`, id)).toBe(1);
  });

  it('a manual run of a rule needs a record of its form, and applies its condition', () => {
    const { id } = w.create('consultant', 'customer-followup', followUp({ customerName: '钱先生', customerPhone: '13900005555', holdWithDeposit: true }));
    const errorOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err as { code: string; issues?: { path: string }[] };
      }
      return null;
    };
    expect(errorOf(() => w.runner.runManual('prj_yunqi', 'behaviour-hold-with-deposit', null, { ctx: w.ctx, user: w.user('siteManager') })))
      .toMatchObject({ code: 'API_VALIDATION', issues: [{ path: 'recordId' }] });
    expect(errorOf(() => w.runner.runManual('prj_yunqi', 'behaviour-hold-with-deposit', id, { ctx: w.ctx, user: w.user('consultant') }))).toMatchObject({ code: 'AUTH_FORBIDDEN' });
    expect(errorOf(() => w.runner.runManual('prj_yunqi', 'no-such-rule', id, { ctx: w.ctx, user: w.user('siteManager') }))).toMatchObject({ code: 'API_NOT_FOUND' });
    const run = w.ctx.sqlite.transaction(() => w.runner.runManual('prj_yunqi', 'behaviour-hold-with-deposit', id, { ctx: w.ctx, user: w.user('siteManager') }))();
    expect(run?.status).toBe('fired');
    expect(w.openTasks('consultant').filter((t) => t.recordId === id)).toHaveLength(1);
  });

  it('POST /api/projects/:p/rules/:key/run runs a rule by hand for designer roles (zh/en errors naming recordId)', async () => {
    const app = express();
    app.use('/api', express.json());
    mountRoutes(app, w.ctx, ruleRunnerRoutes);
    app.use(errorHandler);
    const login = async (username: string) => {
      const res = await request(w.ts.baseUrl).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      return { cookie: String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!, csrf: res.body.csrfToken as string };
    };
    const { id } = w.create('consultant', 'customer-followup', followUp({ customerName: '吴先生', customerPhone: '13900006666', askedPropertyFee: true }));
    const manager = await login('siteManager');
    const post = (body: unknown, s = manager) => request(app).post('/api/projects/prj_yunqi/rules/behaviour-property-fee/run').set('cookie', s.cookie).set('x-csrf-token', s.csrf).send(body as object);
    const missing = await post({});
    expect(missing.status).toBe(400);
    expect(missing.body.issues[0]).toMatchObject({ path: 'recordId' });
    expect(missing.body.issues[0].message.zh).toContain('recordId');
    expect((await post({ recordId: id }, await login('consultant'))).status).toBe(403);
    const ran = await post({ recordId: id });
    expect(ran.status, JSON.stringify(ran.body)).toBe(200);
    expect(ran.body).toMatchObject({ fired: true, status: 'fired', actions: [{ kind: 'createTask' }, { kind: 'notify' }] });
    expect(w.openTasks('consultant').filter((t) => t.recordId === id).map((t) => t.name?.zh)).toEqual(['提供同区域竞品物业费对比报告']);
  });

  it('a rule whose action creates a record of its own form stops after a bounded chain (audited)', () => {
    const loop = { key: 'loop-meeting', name: { zh: '循环规则', en: 'Loop rule' }, formKey: 'coordination-meeting', trigger: { kind: 'recordCreated' },
      actions: [{ kind: 'startFlow', flowKey: 'coordination-meeting', data: { customerName: { expr: 'customerName' } } }] };
    upsertVersion(w.ctx, 'prj_yunqi', 'rule', loop.key, loop, 'test', demoUserId('admin'));
    const count = () => w.count(`records where form_key = 'coordination-meeting' and json_extract(data, '$.customerName') = '循环测试'`);
    w.create('siteManager', 'coordination-meeting', { customerName: '循环测试' });
    expect(count()).toBe(1 + MAX_NESTING);
    expect(w.count(`events where type = 'rule.failed' and json_extract(data, '$.ruleKey') = 'loop-meeting'`)).toBe(1);
    upsertVersion(w.ctx, 'prj_yunqi', 'rule', loop.key, { ...loop, enabled: false }, 'test', demoUserId('admin'));
  });
});
