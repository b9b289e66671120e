import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { HOUR_MS, MINUTE_MS } from '@siteflow/runtime';
import { startTestServer, type TestServer } from '../../testing/index.js';
import { driver } from './helpers.js';
import { directoryTemplateSource, findPackage } from '../index.js';

// The other shipped flows, driven through the API of a test-mode server after publishing.
const P = 'prj_yunqi';
let ts: TestServer;
let bank: Server;
let bankUrl = '';
const bankCalls: Record<string, unknown>[] = [];
const d = driver(() => ts, P);
const statusOf = async (id: string) => { const i = await d.instance(id); return String(i.status ?? i.instance?.status); };

beforeAll(async () => {
  // A stand-in for the partner bank: approves when the payment is under half the monthly income.
  bank = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += String(c); });
    req.on('end', () => {
      const body = JSON.parse(raw) as { monthlyIncome: number; loanAmount: number; loanYears: number };
      bankCalls.push(body);
      const payment = body.loanAmount / (body.loanYears * 12);
      const approved = payment <= body.monthlyIncome * 0.5;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ approved, score: approved ? 720 : 540, message: approved ? '预审通过' : '流水不达标', reference: `PS-${bankCalls.length}` }));
    });
  });
  await new Promise<void>((resolve) => bank.listen(0, '127.0.0.1', resolve));
  bankUrl = `http://127.0.0.1:${(bank.address() as AddressInfo).port}/api/prescreen`;
  ts = await startTestServer({ demo: true, templatePackages: false, startAt: Date.parse('2025-12-22T09:00:00+08:00') });
  for (const key of ['loan-prescreen', 'school-district-cancellation', 'followup-risk', 'daily-sentiment-patrol', 'cancellation-tracking', 'communication-sentiment']) {
    const version = findPackage(directoryTemplateSource(), key)!.pkg.manifest.version; // the package's current version
    const res = await d.publish(key, { version, projectIds: [P, 'prj_xixi'], overrides: key === 'loan-prescreen' ? { settings: { bankPrescreenUrl: bankUrl } } : {} });
    expect(res.body.results.map((r: { status: string }) => r.status), JSON.stringify(res.body)).toEqual(['installed', 'installed']);
  }
});
afterAll(async () => {
  await ts?.close();
  await new Promise((resolve) => bank?.close(resolve));
});

describe('贷款预审 against a bank API', () => {
  const applicant = { customerName: '李女士', customerPhone: '13700002222', customerIdCard: '11010519491231002X', employmentType: 'freelancer', loanYears: 30 };

  it('maps the bank answer and ends when the pre-screen passes', async () => {
    const id = await d.start('consultant', 'loan-prescreen', { ...applicant, monthlyIncome: 40000, loanAmount: 2_000_000 });
    await ts.advanceClock(MINUTE_MS); // runs the outbox: the HTTP step calls the bank
    expect(bankCalls.at(-1)).toMatchObject({ idCard: '11010519491231002X', loanAmount: 2_000_000, loanYears: 30 });
    expect(await statusOf(id)).toBe('completed');
    expect(JSON.stringify(await d.instance(id))).toContain('PS-');
  });

  it('proposes 公积金 / 组合贷 / 过桥 to the finance specialist when the bank says no (李女士)', async () => {
    const id = await d.start('consultant', 'loan-prescreen', { ...applicant, monthlyIncome: 8000, loanAmount: 3_000_000 });
    await ts.advanceClock(MINUTE_MS);
    const task = await d.openTask('financeSpecialist', id);
    expect(task?.nodeId).toBe('alternatives');
    await d.submit('financeSpecialist', id, 'alternatives', { alternative: 'combined', monthlyPayment: 9800, providentFundQuota: 1_200_000, alternativeNote: '公积金120万+商贷，月供约9800元' });
    expect(await statusOf(id)).toBe('completed');
  });
});

describe('学区房退订 with the 教育局对接 step', () => {
  it('runs interview → education bureau confirmation → family briefing → reply → archive → review', async () => {
    const id = await d.start('consultant', 'school-district-cancellation', {
      customerName: '张先生', customerPhone: '13812341234', building: '3', room: '1502', requestedAt: '2025-12-22T09:00:00+08:00',
    });
    await d.submit('consultant', id, 'interview', {
      interviewAt: '2025-12-22T09:10:00+08:00', reasons: ['schoolDistrict'], depositAmount: 800000, paymentMethod: 'bankTransfer',
      thirdPartyInfluence: false, expectedResolution: 'within3d', childAge: 5, promiseMade: '口头承诺“肯定可以”落户入学',
    });
    await d.submit('educationConsultant', id, 'prepareBureau', { schoolQuestion: '3号地块是否对应某小学学区？', eduBureauContactName: '教育局刘科长', eduBureauContactPhone: '13600003333' });
    const bureau = await d.openTask('educationConsultant', id);
    expect(bureau?.nodeId).toBe('bureauConfirm');
    await d.submit('educationConsultant', id, 'bureauConfirm', { policyStatus: 'pending', policyDetail: '学位分配尚未最终批复，预计明年3月公布', confirmedBy: 'educationConsultant' });
    await d.submit('educationConsultant', id, 'familyBriefing', { schoolVisitAt: '2025-12-23T10:00:00+08:00', familyBriefingNotes: '看校行程：3所私立园+1所公立小学' });
    await d.submit('siteManager', id, 'resolve', { resolution: 'retained', writtenReply: '书面告知学位政策现状，客户补交首付款' });
    await d.submit('customerService', id, 'archive', { customerNotified: true, archivedAt: '2025-12-23T18:00:00+08:00' });
    await d.submit('siteManager', id, 'review', { reviewNotes: '学区承诺须书面确认并联动营销后台核实' });
    expect(await statusOf(id)).toBe('completed');
  });
});

describe('一级预警协调会 (followup-risk)', () => {
  it('the site manager organises within 2 hours; consultant, supervisor and customer service give input in parallel; engineering when needed', async () => {
    const openedAt = (await request(ts.baseUrl).get('/api/test/clock')).body.now as number;
    const id = await d.start('siteManager', 'coordination-meeting', { customerName: '客户甲', customerPhone: '13500004444', riskIndex: 2 });
    const organise = await d.submit('siteManager', id, 'organise', { meetingAt: '2025-12-22T10:30:00+08:00', participants: ['consultant', 'salesSupervisor', 'customerService', 'engineeringLiaison'], engineeringNeeded: true });
    expect(organise.dueAt).toBe(openedAt + 2 * HOUR_MS);
    await d.submit('salesSupervisor', id, 'supervisorInput', { supervisorScript: '避开销售话术，聚焦施工进度事实' });
    await d.submit('customerService', id, 'serviceInput', { serviceHistory: '无历史投诉' });
    await d.submit('consultant', id, 'consultantInput', { consultantBrief: '客户看到工地停工照片而动摇' });
    await d.submit('engineeringLiaison', id, 'engineeringInput', { engineeringExplanation: '与总工程师视频连线，展示每日施工日志与材料进场单据' });
    await d.submit('siteManager', id, 'minutesTask', { outcome: 'stabilised', minutes: '客户未退筹，并推荐两位亲友看房' });
    expect(await statusOf(id)).toBe('completed');
  });
});

describe('每日舆情巡检 and 退筹事件追踪表', () => {
  it('the brand specialist completes the checklist (王先生: a rumour of 项目停工)', async () => {
    const id = await d.start('brand', 'sentiment-patrol', { patrolDate: '2025-12-22' });
    await d.submit('brand', id, 'patrol', {
      checkShortVideo: true, checkXiaohongshu: true, checkWeibo: true, checkOwnerGroups: true, checkLocalForums: true, checkNews: true, checkCompetitors: true,
      rumourFound: true, openCase: true, rumours: [{ platform: 'shortVideo', summary: '短视频流传“项目停工”', spread: 'medium', customersMentioning: 1 }],
    });
    expect(await statusOf(id)).toBe('completed');
  });

  it('a tracking case gets the callback and the 24-hour review, which can add risk terms', async () => {
    const id = await d.start('consultant', 'cancellation-tracking', {
      customerName: '王先生', customerPhone: '13900005555', concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['construction'], signals: ['photographingDetails'],
    });
    await d.submit('consultant', id, 'followUp', { ownerFollowups: [{ at: '2025-12-21T10:00:00+08:00', owner: (await d.as('consultant')).userId, action: '邀请参加工地开放日' }], recovered: true, closedAt: '2025-12-22T12:00:00+08:00' });
    await d.submit('customerService', id, 'callback', { callbackAt: '2025-12-22T15:00:00+08:00', cause: 'constructionDoubt', finalReason: '短视频误传，实为周边竞品工地' });
    const review = await d.openTask('siteManager', id);
    expect(review?.nodeId).toBe('review');
    await d.submit('siteManager', id, 'review', { reviewFindings: '舆情巡检应覆盖短视频平台', newRiskTerms: [{ term: '工地没人', weight: 2, category: '工程疑虑' }] });
    await d.submit('salesSupervisor', id, 'approveTerms', { termsApproved: true });
    expect(await statusOf(id)).toBe('completed');
    // the approved terms go into the project's keyword dictionary as its next version
    const path = `/api/projects/${P}/keyword-dictionaries/refund-risk-words`;
    const app = d.templatesApp();
    const before = await d.api('salesSupervisor', 'get', path, undefined, app);
    expect(before.status).toBe(200);
    // a term the dictionary already knows as a synonym is refused, naming it
    const duplicate = await d.api('salesSupervisor', 'post', `${path}/terms`, { terms: [{ term: '工地没人', weight: 2 }] }, app);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.issues[0].message.zh).toContain('工地没人');
    const terms = { terms: [{ term: '塔吊不动', weight: 2, category: '工程疑虑', synonyms: '没看到工人，脚手架拆了' }] };
    expect((await d.api('consultant', 'post', `${path}/terms`, terms, app)).status).toBe(403);
    const added = await d.api('salesSupervisor', 'post', `${path}/terms`, terms, app);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.version).toBe(before.body.version + 1);
    const after = await d.api('salesSupervisor', 'get', path, undefined, app);
    const entry = after.body.dictionary.entries.find((e: { term: string }) => e.term === '塔吊不动');
    expect(entry).toMatchObject({ weight: 2, synonyms: ['没看到工人', '脚手架拆了'] });
  });
});
