// Three months of generated 退筹 history for the demo project, deterministic from a fixed seed, so
// the monthly 《退筹动因分析报告》 has causes, product modules, recoveries, closure times, signals
// and keyword hits to chart. Pure: the same seed and start give the same cases.

/** One generated case: when it was opened and the 退筹事件追踪表 record data. */
export interface HistoryCase {
  readonly createdAt: number;
  readonly data: Record<string, unknown>;
}

const SURNAMES = ['张', '李', '王', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const TITLES = ['先生', '女士'];
const CAUSES = [
  { key: 'familyDispute', weight: 0.34, modules: ['schoolDistrict', 'location', 'layout'], reasons: ['夫妻意见不统一，妻子担心学位', '老人不同意买郊区', '家里决定再看看市区二手房'], recoverRate: 0.5 },
  { key: 'loanRejected', weight: 0.28, modules: ['financing', 'price'], reasons: ['自由职业流水不足', '征信有逾期记录', '公积金额度不够'], recoverRate: 0.62 },
  { key: 'constructionDoubt', weight: 0.22, modules: ['construction', 'delivery'], reasons: ['看到“停工”短视频', '担心延期交付', '外墙接缝质量疑虑'], recoverRate: 0.55 },
  { key: 'noReason', weight: 0.16, modules: ['price', 'parking', 'amenities', 'propertyManagement'], reasons: ['单纯反悔，不愿说明', '看中竞品降价房源', '车位配比不满意'], recoverRate: 0.15 },
] as const;
const SIGNALS = ['vagueComparison', 'noReplyTwoWorkingDays', 'depositRefundQuestion', 'photographingDetails'] as const;
const TERMS = ['再想想', '定金能不能退', '比较一下', '别人说', '后悔', '家人不同意', '贷款批不下来', '停工', '太贵', '学区'] as const;
const TERM_BY_CAUSE: Record<string, readonly string[]> = {
  familyDispute: ['家人不同意', '学区', '再想想'], loanRejected: ['贷款批不下来', '定金能不能退'], constructionDoubt: ['停工', '别人说'], noReason: ['比较一下', '太贵', '后悔'],
};
const STAGES = ['sandTable', 'showFlat', 'subscription', 'beforeSigning'] as const;
const PURPOSES = ['firstHome', 'upgrade', 'school', 'investment'] as const;
const OWNERS = ['usr_consultant', 'usr_consultant2', 'usr_salesSupervisor', 'usr_siteManager'];
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

/** Options of the generator: start (epoch ms), number of days, cases per month, seed. */
export interface HistoryOptions {
  readonly start: number;
  readonly days?: number;
  readonly casesPerMonth?: number;
  readonly seed?: number;
}

/**
 * Returns the generated cases, sorted by creation time (pure): causes by the seed's mix, product
 * modules per cause, a first concern 1–10 days before, two to four owner follow-ups, closure in
 * 12–110 hours (some beyond the 72-hour target), recovered per cause rate with a slight upward
 * trend month by month, risk signals and the keyword terms that fired.
 */
export function generateHistory(opts: HistoryOptions): HistoryCase[] {
  const rnd = seededRandom(opts.seed ?? 20251220);
  const days = opts.days ?? 91;
  const total = Math.round(((opts.casesPerMonth ?? 24) * days) / 30);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const iso = (at: number) => `${new Date(at + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
  const cases: HistoryCase[] = [];
  for (let i = 0; i < total; i++) {
    // Working hours 09:30–20:30 site time on a spread of days.
    const day = Math.floor(rnd() * days);
    const createdAt = opts.start + day * DAY + Math.round((1.5 + rnd() * 11) * HOUR);
    let r = rnd();
    const cause = CAUSES.find((c) => (r -= c.weight) < 0) ?? CAUSES[0];
    const modules = [...new Set([cause.modules[0], ...(rnd() < 0.6 ? [pick(cause.modules)] : []), ...(rnd() < 0.2 ? [pick(['parking', 'layout', 'price'] as const)] : [])])];
    const signals = SIGNALS.filter(() => rnd() < 0.35);
    if (signals.length === 0) signals.push(pick(SIGNALS));
    const terms = [...new Set([pick(TERM_BY_CAUSE[cause.key]!), ...(rnd() < 0.5 ? [pick(TERMS)] : [])])];
    const trend = day / days; // later months recover a little more often
    const recovered = rnd() < cause.recoverRate + 0.12 * trend;
    const closureHours = 12 + Math.round(rnd() ** 1.6 * 98);
    const closedAt = createdAt + closureHours * HOUR;
    const firstConcern = createdAt - Math.round((1 + rnd() * 9) * DAY);
    const name = `${pick(SURNAMES)}${pick(TITLES)}`;
    const followups = Array.from({ length: 2 + Math.floor(rnd() * 3) }, (_, k) => ({
      at: iso(createdAt + Math.round(((k + 1) * closureHours * HOUR) / 5)),
      owner: pick(OWNERS),
      action: pick(['电话回访，了解真实顾虑', '安排二次家庭会谈', '金融专员测算月供', '邀请参加工地开放日', '提供竞品物业费对比报告']),
      result: pick(['客户愿意再沟通', '客户仍犹豫', '客户接受方案', '客户坚持退订']),
    }));
    cases.push({
      createdAt,
      data: {
        caseNo: `TC-${new Date(createdAt + 8 * HOUR).toISOString().slice(0, 7).replace('-', '')}-${String(i + 1).padStart(3, '0')}`,
        customerName: name,
        customerPhone: `13${String(Math.floor(100000000 + rnd() * 899999999))}`,
        purchasePurpose: cause.key === 'familyDispute' && rnd() < 0.6 ? 'school' : pick(PURPOSES),
        unitNo: `${1 + Math.floor(rnd() * 12)}-${1 + Math.floor(rnd() * 3)}-${String(2 + Math.floor(rnd() * 28)).padStart(2, '0')}0${1 + Math.floor(rnd() * 4)}`,
        depositAmount: pick([50000, 100000, 200000, 300000, 500000, 800000]),
        concernFirstShownAt: iso(firstConcern),
        concernStage: pick(STAGES),
        firstConcern: pick(cause.reasons),
        modules,
        signals,
        termsFired: terms.map((term) => ({ term })),
        callbackAt: iso(closedAt - 2 * HOUR),
        cause: cause.key,
        finalReason: pick(cause.reasons),
        ownerFollowups: followups,
        recovered,
        closedAt: iso(closedAt),
        reviewFindings: recovered ? '快速给出替代方案是挽回关键' : '前端未及时捕捉顾虑，需更新风险库',
      },
    });
  }
  return cases.sort((a, b) => a.createdAt - b.createdAt);
}
