// 李女士 (seed 001): 贷款审批失败. A freelancer whose bank statements fall short; the partner bank's
// pre-screen (the mock bank) refuses; the 金融专员 switches her to a 组合贷 (公积金 + 商贷) with a
// monthly-payment calculation, 法务 checks the contract terms; she stays → 挽回成功.
// Run: `pnpm --filter @siteflow/examples bank` in one terminal, then
//      `pnpm --filter @siteflow/examples scenario:li -- --url http://localhost:3000`
import { chinaTime, type Client, type Session } from '../lib/client.js';
import { runIfMain } from '../lib/main.js';
import { installTemplates } from '../lib/templates.js';
import { finishedOutcome, instanceDetail, scenarioClient, type InstanceDetail, type ScenarioOptions, type ScenarioResult } from '../lib/scenario.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Options of the 李女士 story: where the bank pre-screening API listens. */
export interface LiOptions extends ScenarioOptions {
  readonly bankUrl?: string;
}

/** Replays the 李女士 story through the HTTP API against the mock bank; resolves with the outcome (挽回成功). */
export async function liScenario(opts: LiOptions): Promise<ScenarioResult> {
  const { client, as, projectId } = scenarioClient(opts);
  const print = opts.print ?? ((l: string) => console.log(l));
  const bankUrl = opts.bankUrl ?? process.env.MOCK_BANK_URL ?? 'http://127.0.0.1:4010/api/prescreen';
  print('\n李女士：贷款预审未通过 / Ms Li: the loan pre-screen fails');
  const admin = await as('admin');
  const installed = await installTemplates(admin, projectId, ['cancellation-work-order', 'loan-prescreen'], { 'loan-prescreen': { bankPrescreenUrl: bankUrl } });
  client.step(`管理员安装「退订工单」「贷款预审」，预审接口指向 ${bankUrl} / templates installed: ${JSON.stringify(installed)}`);

  const consultant = await as('consultant2');
  const order = await consultant.call<{ instanceId: string }>('POST', `/api/projects/${projectId}/instances`, {
    flowKey: 'cancellation-work-order',
    data: { customerName: '李女士', customerPhone: '13957102468', building: '5', unit: '1', room: '902', area: 98, requestedAt: chinaTime(await client.now()) },
  });
  const wo = order.instanceId;
  client.step('临签前银行告知流水不达标，李女士提出退订；置业顾问发起退订工单 / Ms Li asks to cancel; the consultant opens a work order');

  await client.advance(10 * MIN);
  await consultant.submit(wo, 'interview', {
    interviewAt: chinaTime(await client.now()), reasons: ['loanRejected'], depositAmount: 200000, paymentMethod: 'wechatPay',
    thirdPartyInfluence: false, expectedResolution: 'within3d', reasonDetail: '自由职业（设计工作室），近一年收入靠项目结算，银行称流水不足、无法商贷。',
  });
  client.step('10分钟内完成首次面谈：原因“贷款审批失败”，定金20万 / interview within 15 minutes');

  const manager = await as('siteManager');
  await manager.submit(wo, 'classify', { cancellationType: 'loanRejected', classificationNote: '技术性退订，按矩阵：切换公积金/组合贷或推荐过桥服务（金融专员+法务支持）' });
  client.step('案场经理研判：贷款审批失败 → 金融专员 + 法务支持 / classified as loan rejected');

  const finance = await as('financeSpecialist');
  const screen = await finance.call<{ instanceId: string }>('POST', `/api/projects/${projectId}/instances`, {
    flowKey: 'loan-prescreen',
    data: {
      customerName: '李女士', customerPhone: '13957102468', customerIdCard: '330106199002153424', unitNo: '5-1-902',
      employmentType: 'freelancer', monthlyIncome: 26000, loanAmount: 1800000, loanYears: 30, providentFundMonths: 48,
    },
  });
  const detail = await bankAnswer(client, finance, admin, projectId, screen.instanceId);
  const approved = detail.record.data.bankApproved === true;
  client.step(`金融专员发起贷款预审，系统调用合作银行接口：${approved ? '通过' : '未通过'}（评分 ${String(detail.record.data.bankScore ?? '-')}，${String(detail.record.data.bankMessage ?? '无反馈')}）/ bank pre-screen ${approved ? 'approved' : 'refused'}`);
  if (approved) throw new Error('模拟银行应拒绝自由职业者的流水 / the mock bank should refuse the freelancer');

  await client.advance(2 * HOUR);
  await finance.submit(screen.instanceId, 'alternatives', {
    alternative: 'combined', providentFundQuota: 1000000, monthlyPayment: 7280,
    alternativeNote: '组合贷：公积金贷款100万（3.1%）+ 商贷80万，30年等额本息月供约7280元；商贷部分由配偶作为共同借款人提供工资流水。',
  });
  const screenOutcome = await finishedOutcome(finance, projectId, screen.instanceId);
  client.step(`金融专员一对一测算：组合贷（公积金100万 + 商贷80万），月供约7280元 → ${screenOutcome.outcome.label.zh} / combined loan proposed`);

  await finance.submit(wo, 'loanAlternatives', { loanOption: 'combined', monthlyPayment: 7280 });
  const legal = await as('legal');
  await legal.submit(wo, 'loanLegal', { loanLegalNote: '认购书约定贷款方式可变更；改为组合贷无需解约，补充协议明确共同借款人与放款时限，不产生违约金。' });
  client.step('工单并行环节：金融专员登记组合贷方案；法务确认可签补充协议、无违约责任 / finance and legal finish in parallel');

  await client.advance(3 * HOUR);
  await manager.submit(wo, 'resolve', { resolution: 'retained', writtenReply: '李女士接受组合贷方案，签署补充协议，继续购买5-1-902；公积金贷款材料已提交。' });
  const service = await as('customerService');
  await service.submit(wo, 'archive', { customerNotified: true, notificationChannel: 'wechat', archivedAt: chinaTime(await client.now()) });
  client.step('书面答复：挽回成功；客服归档并微信通知客户 / written reply and archive');

  await manager.submit(wo, 'review', { reviewPreventable: true, reviewNotes: '可前置：认购阶段即调用银行预审插件，自由职业客户提前准备公积金/组合贷方案。' });
  const { detail: done, outcome } = await finishedOutcome(manager, projectId, wo);
  client.step(`15分钟复盘后结案：${outcome.label.zh} / closed: ${outcome.label.en}`);
  return { story: '李女士', outcome, instances: { workOrder: wo, prescreen: screen.instanceId }, record: { ...done.record.data, prescreen: detail.record.data }, steps: client.steps };
}

/**
 * Waits for the bank's answer mapped into the pre-screen record. Record and tasks are read in one
 * answer: the mapping and the next task commit together, so an open task without the answer means
 * the call failed (`onError: continue`); that, or no answer in time, throws with the outbox error.
 */
async function bankAnswer(client: Client, finance: Session, admin: Session, projectId: string, instanceId: string): Promise<InstanceDetail> {
  const detail = await client.until('银行预审结果 / the bank answer', async () => {
    const d = await instanceDetail(finance, projectId, instanceId);
    const wentOn = d.status !== 'running' || d.tasks.some((t) => t.status === 'open');
    return d.record.data.bankApproved !== undefined || wentOn ? d : null;
  }).catch(async (err: Error) => {
    throw new Error(`${err.message}（${await bankCallError(admin, instanceId)}）`);
  });
  if (detail.record.data.bankApproved === undefined) {
    throw new Error(`银行预审接口调用失败，流程未拿到结果 / the bank call failed, the flow went on without an answer（${await bankCallError(admin, instanceId)}）`);
  }
  return detail;
}

/** Returns the bank call's delivery state from the admin outbox list: status, attempts and last error. */
async function bankCallError(admin: Session, instanceId: string): Promise<string> {
  const rows = await admin.call<{ kind: string; instanceId: string | null; status: string; attempts: number; lastError: string | null }[]>('GET', '/api/admin/outbox');
  const row = rows.find((r) => r.kind === 'http' && r.instanceId === instanceId);
  return row ? `outbox ${row.status}, ${row.attempts} attempts: ${row.lastError ?? '-'}` : 'no outbox row';
}

runIfMain(import.meta.url, liScenario);
