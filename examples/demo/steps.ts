// What the demo site's people enter at each step of the shipped flows for a generated case: the
// 退订工单 (templates/cancellation-work-order) and the 退筹事件跟进与复盘 on the 退筹事件追踪表
// (templates/cancellation-tracking). Only fields the step may edit. Pure given the random source.
import { chinaDateTime, type HistoryCase } from './history.js';

/** An uploaded file as attachment fields store it. */
export interface Attachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

const HOUR = 3_600_000;
const pickOf = (rnd: () => number) => <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const MODULE_REASON: Record<string, string> = { schoolDistrict: 'schoolDistrict', price: 'price', layout: 'layout', parking: 'parking', location: 'location' };
const CLASSIFY_NOTE: Record<string, string> = {
  familyDispute: '情感型退订：高级顾问二次家庭会谈 + 客服主管教育配套说明会',
  loanRejected: '技术性退订：金融专员切换公积金/组合贷或过桥服务，法务支持',
  constructionDoubt: '信任型退订：工程对接人组织工地开放日，品牌专员提供监理报告截图',
  noReason: '无理由反悔：法务按认购书条款启动违约金程序，财务核算',
};
const TERM_CATEGORY: Record<string, string> = { familyDispute: '家庭分歧', loanRejected: '资金', constructionDoubt: '工程疑虑', noReason: '比较竞品' };

/** Returns the 退订工单 data a demo case starts with (the consultant opens it when the customer asks). Pure. */
export function workOrderStart(c: HistoryCase): Record<string, unknown> {
  const { customer } = c;
  return {
    caseNo: c.caseNo.replace('TC-', 'WO-'), customerName: customer.name, customerPhone: customer.phone,
    building: customer.building, room: customer.room, requestedAt: chinaDateTime(c.createdAt), consultant: `usr_${c.owner}`,
  };
}

/**
 * Returns what is submitted at a 退订工单 task (`nodeId`) acted on at `at`, or null for a step the
 * demo does not know. `screenshot` uploads the supervision-report image the brand step attaches.
 */
export function workOrderStep(c: HistoryCase, nodeId: string, at: number, rnd: () => number, screenshot: () => Attachment): Record<string, unknown> | null {
  const pick = pickOf(rnd);
  const { customer } = c;
  const when = chinaDateTime(at - Math.round(rnd() * 3) * HOUR);
  const penaltyAmount = c.resolution === 'penalty' ? Math.round(customer.depositAmount * 0.2) : 0;
  const retained = c.resolution === 'retained';
  switch (nodeId) {
    case 'interview': {
      const reasons = [...new Set([c.cause, ...(c.tracking.modules as string[]).map((m) => MODULE_REASON[m]).filter((r): r is string => r !== undefined)])];
      const thirdParty = c.cause === 'familyDispute' || rnd() < 0.1;
      return {
        interviewAt: chinaDateTime(at), reasons, depositAmount: customer.depositAmount, paymentMethod: customer.paymentMethod,
        thirdPartyInfluence: thirdParty, ...(thirdParty ? { thirdPartyDetail: pick(['配偶不同意', '父母反对', '朋友劝退']) } : {}),
        expectedResolution: pick(['within24h', 'within3d', 'within1w', 'flexible']), reasonDetail: c.reasonDetail,
        customerIdCard: customer.idCard, subscriptionNo: customer.subscriptionNo, subscriptionDate: customer.subscriptionDate,
        area: customer.area, unit: customer.unit,
      };
    }
    case 'classify': return { cancellationType: c.cause, classificationNote: CLASSIFY_NOTE[c.cause] };
    case 'familyMeeting': return { familyMeetingAt: when, familyNotes: retained ? '主要决策人为配偶，说明学位与通勤方案后同意继续' : '老人坚持反对，客户决定放弃' };
    case 'educationBriefing': return { educationBriefingAt: when };
    case 'loanAlternatives': return { loanOption: retained ? pick(['providentFund', 'combined', 'bridging']) : 'none', monthlyPayment: 6000 + Math.round(rnd() * 40) * 100 };
    case 'loanLegal': return { loanLegalNote: retained ? '变更贷款方式签补充协议即可，无违约责任' : '按认购书约定贷款失败可解除，定金全额退还' };
    case 'siteOpenDay': return { siteOpenDayAt: when, constructionNotes: '主体结构按计划推进，现场施工正常' };
    case 'supervisionReport': return { supervisionReport: [screenshot()], constructionNotes: '监理月报：进度符合节点计划，无停工记录' };
    case 'penaltyProcedure': return { penaltyBasis: '客户无正当理由解除认购，按认购书约定扣除定金的20%', penaltyClauseRef: '《商品房认购书》第七条' };
    case 'penaltyFinance': return { penaltyAmount: Math.round(customer.depositAmount * 0.2), refundAmount: Math.round(customer.depositAmount * 0.8) };
    case 'resolve': return retained
      ? { resolution: 'retained', writtenReply: '客户接受方案，继续履约，认购书不变' }
      : {
          resolution: c.resolution, writtenReply: c.resolution === 'penalty' ? '按认购书第七条扣除违约金后退还余款' : '同意解除认购，定金全额退还',
          penaltyAmount, refundAmount: customer.depositAmount - penaltyAmount, ...(penaltyAmount > 0 ? { penaltyClauseRef: '《商品房认购书》第七条' } : {}),
          refundBankName: pick(['中国工商银行杭州分行', '中国建设银行杭州分行', '招商银行杭州分行']), refundAccountName: customer.name,
          refundAccountNo: `62${String(customer.phone).slice(2)}${String(customer.idCard).slice(10, 16)}`,
        };
    case 'archive': return { customerNotified: true, notificationChannel: pick(['phone', 'sms', 'wechat']), archivedAt: chinaDateTime(at) };
    case 'review': return { reviewPreventable: rnd() < 0.4, reviewNotes: retained ? '快速给出替代方案是挽回关键' : '前端未及时捕捉顾虑，需更新说辞与风险库' };
    default: return null;
  }
}

/**
 * Returns what is submitted at a 退筹事件跟进与复盘 task (`nodeId`) acted on at `at`, or null for an
 * unknown step: the owner's follow-ups and the closure (`closedAt`, when the work order was
 * decided), the callback with the final reason, the review with a new risk term now and then.
 */
export function trackingStep(c: HistoryCase, nodeId: string, at: number, closedAt: number, rnd: () => number): Record<string, unknown> | null {
  const pick = pickOf(rnd);
  switch (nodeId) {
    case 'followUp': {
      const count = 2 + Math.floor(rnd() * 3);
      const owners = [`usr_${c.owner}`, 'usr_salesSupervisor', 'usr_siteManager', 'usr_financeSpecialist'];
      const ownerFollowups = Array.from({ length: count }, (_, k) => ({
        at: chinaDateTime(c.createdAt + Math.round(((k + 1) * (closedAt - c.createdAt)) / (count + 1))),
        owner: k === 0 ? owners[0] : pick(owners),
        action: pick(['电话回访，了解真实顾虑', '安排二次家庭会谈', '金融专员测算月供', '邀请参加工地开放日', '提供竞品物业费对比报告']),
        result: k === count - 1 ? (c.recovered ? '客户接受方案' : '客户坚持退订') : pick(['客户愿意再沟通', '客户仍犹豫']),
      }));
      return { ownerFollowups, recovered: c.recovered, closedAt: chinaDateTime(closedAt) };
    }
    case 'callback': return { callbackAt: chinaDateTime(at), cause: c.cause, finalReason: c.finalReason };
    case 'review': return {
      reviewFindings: c.recovered ? '快速给出替代方案是挽回关键' : '前端未及时捕捉顾虑，需更新风险库',
      ...(c.newRiskTerm ? { newRiskTerms: [{ term: c.newRiskTerm, weight: 2, category: TERM_CATEGORY[c.cause] }] } : {}),
    };
    case 'approveTerms': return { termsApproved: true };
    default: return null;
  }
}
