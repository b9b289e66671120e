import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, refundData, signIn, type Client } from './helpers.js';

// 发起人范围: a flow may name the roles that start it by hand (starterRoles). The shipped 一级预警协调会
// (followup-risk 1.1.0) is the site manager's and the sales supervisor's to call; rules keep starting
// it when a consultant's follow-up raises the alert.
const P = '/api/projects/prj_yunqi';

/** Publishes the next version of a flow with `starterRoles` (as the flow designer's settings do). */
async function publishStarters(manager: Client, key: string, starterRoles: string[]) {
  const draft = await manager.get(`${P}/flows/${key}`);
  const saved = await manager.put(`${P}/flows/${key}`, { definition: { ...draft.body.definition, starterRoles }, version: draft.body.version });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return manager.post(`${P}/flows/${key}/publish`, { note: `发起人：${starterRoles.join('、')}` });
}

describe('who may start a flow by hand (starterRoles)', () => {
  let ts: TestServer;
  let manager: Client;
  let consultant: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [manager, consultant] = await Promise.all([signIn(ts, 'siteManager'), signIn(ts, 'consultant')]);
  });
  afterAll(() => ts.close());

  it('refuses a consultant by hand with 403 naming who may, storing nothing; the list tells the start page', async () => {
    const before = [count(ts, 'records'), count(ts, 'instances')];
    const res = await consultant.post(`${P}/instances`, { flowKey: 'coordination-meeting', data: { customerName: '张先生', customerPhone: '13812341234' } });
    expect([res.status, res.body.code]).toEqual([403, 'FLOW_NOT_STARTER']);
    expect(res.body.message).toEqual({
      zh: '「一级预警协调会」只能由案场经理、销售主管发起，您在本项目的角色不在其中',
      en: '"Level-1 alert coordination meeting" can be started by Site manager, Sales supervisor only; your roles in this project are not among them',
    });
    expect([count(ts, 'records'), count(ts, 'instances')]).toEqual(before);
    const flows = (await consultant.get(`${P}/flows`)).body as { key: string; starterRoles?: string[] }[];
    expect(flows.find((f) => f.key === 'coordination-meeting')?.starterRoles).toEqual(['siteManager', 'salesSupervisor']);
    expect(flows.find((f) => f.key === 'cancellation-work-order')?.starterRoles).toBeUndefined();
  });

  it('lets the sales supervisor start it, and anyone start a flow without starter roles', async () => {
    const supervisor = await signIn(ts, 'salesSupervisor');
    const meeting = await supervisor.post(`${P}/instances`, { flowKey: 'coordination-meeting', data: { customerName: '李女士', customerPhone: '13700002222' } });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    expect((await consultant.post(`${P}/instances`, { flowKey: 'refund', data: refundData })).status).toBe(201);
  });

  it('still lets the 一级预警 rule start it when a consultant’s follow-up shows two risk signals', async () => {
    const before = count(ts, 'instances', "flow_key = 'coordination-meeting'");
    const res = await consultant.post(`${P}/records`, { formKey: 'customer-followup', data: { customerName: '吴先生', customerPhone: '13900003333', mentionsComparison: true, askedDepositRefund: true } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(count(ts, 'instances', "flow_key = 'coordination-meeting'")).toBe(before + 1);
  });

  it('lets a flow be opened to everyone again by publishing it without starter roles', async () => {
    expect((await publishStarters(manager, 'coordination-meeting', [])).status).toBe(201);
    const flows = (await consultant.get(`${P}/flows`)).body as { key: string; starterRoles?: string[] }[];
    expect(flows.find((f) => f.key === 'coordination-meeting')?.starterRoles).toBeUndefined();
    expect((await consultant.post(`${P}/instances`, { flowKey: 'coordination-meeting', data: { customerName: '郑先生', customerPhone: '13600004444' } })).status).toBe(201);
  });

  it('refuses to publish a starter role the project does not have, naming it', async () => {
    const res = await publishStarters(manager, 'refund', ['siteManagr']);
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([expect.objectContaining({ code: 'FLOW_UNKNOWN_ROLE', path: 'starterRoles.0' })]);
    expect(res.body.issues[0].message.zh).toContain('siteManagr');
  });
});
