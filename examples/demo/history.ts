// Three months of generated 退筹 cases for the demo project, deterministic from a fixed seed: what the
// site learnt about each case (customer, first concern, product modules, risk signals, keywords, the
// cause) and what happened in the end (stayed or not, refund or breach), plus how the team worked it
// (the owning consultant, a duplicate work order now and then, customers taking the request back).
// `simulate.ts` plays every case through the real flows. Pure: the same seed and start give the same cases.
import { idCardCheckChar } from '@siteflow/runtime';

/** The four cancellation types of the response matrix (退订类型), as the forms and the report name them. */
export const CAUSES = ['familyDispute', 'loanRejected', 'constructionDoubt', 'noReason'] as const;
/** One of the four cancellation types. */
export type CauseKey = (typeof CAUSES)[number];
/** How the 退订工单 ends: 挽回成功, 退订完成 or 违约处理. */
export type Resolution = 'retained' | 'cancelled' | 'penalty';

/** The buyer and the subscription of a case (the 退订工单's data). */
export interface HistoryCustomer {
  readonly name: string;
  readonly phone: string;
  readonly idCard: string;
  readonly building: string;
  readonly unit: string;
  readonly room: string;
  readonly area: number;
  readonly depositAmount: number;
  readonly paymentMethod: string;
  readonly subscriptionNo: string;
  readonly subscriptionDate: string;
}

/** One generated case. */
export interface HistoryCase {
  readonly caseNo: string;
  /** When the customer asked to cancel (epoch ms): the work order and the tracking record open then. */
  readonly createdAt: number;
  /** Seed of the case's own randomness (how fast each step is handled). */
  readonly seed: number;
  /** Demo username of the consultant who owns the case. */
  readonly owner: 'consultant' | 'consultant2';
  readonly cause: CauseKey;
  readonly recovered: boolean;
  readonly resolution: Resolution;
  /** A colleague opened a second work order for the same customer and withdrew it (撤回). */
  readonly duplicate: boolean;
  /** The customer took the request back after the interview; the site manager voided the work order (作废). */
  readonly voided: boolean;
  readonly customer: HistoryCustomer;
  /** The 退筹事件追踪表 record as the consultant registers it. */
  readonly tracking: Readonly<Record<string, unknown>>;
  readonly reasonDetail: string;
  readonly finalReason: string;
  /** A risk term the review proposes for the library, or null. */
  readonly newRiskTerm: string | null;
}

const SURNAMES = ['张', '李', '王', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const TITLES = ['先生', '女士'];
const CAUSE_MIX: readonly { key: CauseKey; weight: number; modules: readonly string[]; reasons: readonly string[]; recoverRate: number }[] = [
  { key: 'familyDispute', weight: 0.34, modules: ['schoolDistrict', 'location', 'layout'], reasons: ['夫妻意见不统一，妻子担心学位', '老人不同意买郊区', '家里决定再看看市区二手房'], recoverRate: 0.5 },
  { key: 'loanRejected', weight: 0.28, modules: ['financing', 'price'], reasons: ['自由职业流水不足', '征信有逾期记录', '公积金额度不够'], recoverRate: 0.62 },
  { key: 'constructionDoubt', weight: 0.22, modules: ['construction', 'delivery'], reasons: ['看到“停工”短视频', '担心延期交付', '外墙接缝质量疑虑'], recoverRate: 0.55 },
  { key: 'noReason', weight: 0.16, modules: ['price', 'parking', 'amenities', 'propertyManagement'], reasons: ['单纯反悔，不愿说明', '看中竞品降价房源', '车位配比不满意'], recoverRate: 0.15 },
];
const SIGNALS = ['vagueComparison', 'noReplyTwoWorkingDays', 'depositRefundQuestion', 'photographingDetails'] as const;
const TERMS = ['再想想', '定金能不能退', '比较一下', '别人说', '后悔', '家人不同意', '贷款批不下来', '停工', '太贵', '学区'] as const;
const TERM_BY_CAUSE: Record<CauseKey, readonly string[]> = {
  familyDispute: ['家人不同意', '学区', '再想想'], loanRejected: ['贷款批不下来', '定金能不能退'], constructionDoubt: ['停工', '别人说'], noReason: ['比较一下', '太贵', '后悔'],
};
const NEW_TERMS: Record<CauseKey, readonly string[]> = {
  familyDispute: ['老人不同意', '学位不确定'], loanRejected: ['流水不够', '征信有问题'], constructionDoubt: ['烂尾', '工地没人'], noReason: ['隔壁盘便宜', '不想要了'],
};
const STAGES = ['sandTable', 'showFlat', 'subscription', 'beforeSigning'] as const;
const PURPOSES = ['firstHome', 'upgrade', 'school', 'investment'] as const;
const PAYMENTS = ['bankTransfer', 'pos', 'wechatPay', 'alipay', 'mixed'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Returns a deterministic pseudo-random generator (mulberry32) in [0, 1). Pure. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a date-time string in China time (`2025-11-03T14:05:00+08:00`), as datetime fields store it. Pure. */
export function chinaDateTime(at: number): string {
  return `${new Date(at + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
}

/** Options of the generator: start (epoch ms), number of days, cases per month, seed. */
export interface HistoryOptions {
  readonly start: number;
  readonly days?: number;
  readonly casesPerMonth?: number;
  readonly seed?: number;
}

/**
 * Returns the generated cases, sorted by creation time (pure): causes by the seed's mix, product
 * modules per cause, a first concern 1–10 days before, risk signals and keywords, recovered per
 * cause rate with a slight upward trend month by month (a case the customer takes back is
 * recovered), 违约处理 for most unexplained cancellations, a duplicate work order in about one case
 * in fifteen and a voided one in about one in eighteen.
 */
export function generateHistory(opts: HistoryOptions): HistoryCase[] {
  const rnd = seededRandom(opts.seed ?? 20251220);
  const days = opts.days ?? 91;
  const total = Math.round(((opts.casesPerMonth ?? 24) * days) / 30);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const cases: HistoryCase[] = [];
  for (let i = 0; i < total; i++) {
    // Site hours 09:30–20:30 China time, spread evenly over the days (each case in its own slice).
    const day = Math.floor(((i + rnd()) * days) / total);
    const midnight = opts.start + day * DAY - ((opts.start + 8 * HOUR) % DAY);
    const createdAt = midnight + Math.round((9.5 + rnd() * 11) * HOUR);
    let r = rnd();
    const cause = CAUSE_MIX.find((c) => (r -= c.weight) < 0) ?? CAUSE_MIX[0]!;
    const modules = [...new Set([cause.modules[0]!, ...(rnd() < 0.6 ? [pick(cause.modules)] : []), ...(rnd() < 0.2 ? [pick(['parking', 'layout', 'price'])] : [])])];
    const signals: string[] = SIGNALS.filter(() => rnd() < 0.35);
    if (signals.length === 0) signals.push(pick(SIGNALS));
    const terms = [...new Set([pick(TERM_BY_CAUSE[cause.key]), ...(rnd() < 0.5 ? [pick(TERMS)] : [])])];
    const voided = rnd() < 0.055;
    const recovered = voided || rnd() < cause.recoverRate + 0.12 * (day / days); // later months recover a little more often
    const resolution: Resolution = recovered ? 'retained' : rnd() < (cause.key === 'noReason' ? 0.7 : 0.15) ? 'penalty' : 'cancelled';
    const owner = rnd() < 0.55 ? 'consultant' : 'consultant2';
    const name = `${pick(SURNAMES)}${pick(TITLES)}`;
    const phone = `13${digits(9)}`;
    const birth = new Date(Date.UTC(1970 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `330106${birth}${digits(3)}`;
    const [building, unit, floor] = [1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 3), 2 + Math.floor(rnd() * 28)];
    const room = `${floor}0${1 + Math.floor(rnd() * 4)}`;
    const depositAmount = pick([50000, 100000, 200000, 300000, 500000]);
    const subscribedAt = createdAt - Math.round((3 + rnd() * 40) * DAY);
    const month = chinaDateTime(createdAt).slice(0, 7).replace('-', '');
    const caseNo = `TC-${month}-${String(i + 1).padStart(3, '0')}`;
    cases.push({
      caseNo, createdAt, seed: Math.floor(rnd() * 2 ** 31), owner, cause: cause.key, recovered, resolution, voided,
      duplicate: rnd() < 0.065,
      customer: {
        name, phone, idCard: `${first17}${idCardCheckChar(first17)}`, building: String(building), unit: String(unit), room,
        area: 89 + Math.floor(rnd() * 5) * 15, depositAmount, paymentMethod: pick(PAYMENTS),
        subscriptionNo: `YQ-RG-${month}-${digits(4)}`, subscriptionDate: chinaDateTime(subscribedAt).slice(0, 10),
      },
      tracking: {
        caseNo, customerName: name, customerPhone: phone,
        purchasePurpose: cause.key === 'familyDispute' && rnd() < 0.6 ? 'school' : pick(PURPOSES),
        unitNo: `${building}-${unit}-${room}`, depositAmount, consultant: `usr_${owner}`,
        concernFirstShownAt: chinaDateTime(createdAt - Math.round((1 + rnd() * 9) * DAY)),
        concernStage: pick(STAGES), firstConcern: pick(cause.reasons), modules, signals,
        termsFired: terms.map((term) => ({ term })),
        // What the interview says; the callback confirms it with the customer's own words.
        cause: cause.key,
      },
      reasonDetail: pick(cause.reasons),
      finalReason: pick(cause.reasons),
      newRiskTerm: rnd() < 0.3 ? pick(NEW_TERMS[cause.key]) : null,
    });
  }
  return cases.sort((a, b) => a.createdAt - b.createdAt);
}
