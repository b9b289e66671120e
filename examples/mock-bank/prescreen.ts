/** What the mock bank accepts: the brief's names and the loan-prescreen template's names. */
export interface PrescreenRequest {
  readonly amount?: number;
  readonly loanAmount?: number;
  readonly monthlyIncome?: number;
  readonly monthlyDebt?: number;
  readonly incomeProofMonths?: number;
  readonly employment?: string;
  readonly employmentType?: string;
  readonly loanYears?: number;
  readonly name?: string;
  readonly idCard?: string;
}

/** The pre-screening answer: decision, score 0–100, reasons (zh + en) and the alternatives a site can offer. */
export interface PrescreenResult {
  readonly approved: boolean;
  readonly score: number;
  readonly reasons: readonly { readonly code: string; readonly zh: string; readonly en: string }[];
  readonly suggestions: readonly string[];
  /** One-line summary for the loan-prescreen template's `bankMessage`. */
  readonly message: string;
  readonly reference: string;
}

/** Alternatives proposed when the pre-screen fails (seed 001: 切换公积金/组合贷方案或推荐过桥服务). */
export const SUGGESTIONS = ['公积金贷款', '组合贷', '过桥服务'] as const;

const ANNUAL_RATE = 0.031;
const MIN_PROOF_MONTHS = 6;
const MAX_DEBT_RATIO = 0.5;

/** Returns the monthly payment of an equal-instalment loan. Pure. */
export function monthlyPayment(amount: number, years: number, annualRate = ANNUAL_RATE): number {
  const n = years * 12;
  const r = annualRate / 12;
  return Math.round((amount * r) / (1 - (1 + r) ** -n));
}

/**
 * Returns the bank's decision for a request, pure and deterministic: debt-to-income above 50 %
 * (existing debt plus the new instalment), fewer than 6 months of income proof (bank statements
 * 流水), or a freelance income without 12 months of statements fail the pre-screen.
 */
export function prescreen(req: PrescreenRequest): PrescreenResult | { error: { zh: string; en: string; field: string } } {
  const amount = num(req.amount ?? req.loanAmount);
  const income = num(req.monthlyIncome);
  if (amount === null || amount <= 0) return { error: { zh: '缺少或无效的贷款金额 amount', en: 'Missing or invalid loan amount', field: 'amount' } };
  if (income === null || income < 0) return { error: { zh: '缺少或无效的月收入 monthlyIncome', en: 'Missing or invalid monthly income', field: 'monthlyIncome' } };
  const debt = num(req.monthlyDebt) ?? 0;
  const years = num(req.loanYears) ?? 30;
  const employment = String(req.employment ?? req.employmentType ?? 'employee');
  const freelance = ['freelancer', 'selfEmployed', 'freelance', '自由职业'].includes(employment);
  const proof = num(req.incomeProofMonths) ?? (freelance ? 3 : 12);
  const payment = monthlyPayment(amount, years);
  const ratio = income > 0 ? (debt + payment) / income : Infinity;
  const reasons: { code: string; zh: string; en: string }[] = [];
  if (ratio > MAX_DEBT_RATIO) {
    reasons.push({ code: 'DEBT_RATIO', zh: `月供加现有负债占收入 ${(ratio * 100).toFixed(0)}%，超过 50%`, en: `Instalment plus debts are ${(ratio * 100).toFixed(0)}% of income, above 50%` });
  }
  if (proof < MIN_PROOF_MONTHS) {
    reasons.push({ code: 'INCOME_PROOF', zh: `收入流水仅 ${proof} 个月，不足 ${MIN_PROOF_MONTHS} 个月`, en: `Only ${proof} months of bank statements; ${MIN_PROOF_MONTHS} needed` });
  }
  if (freelance && proof < 12) {
    reasons.push({ code: 'FREELANCE_STATEMENTS', zh: '自由职业收入需提供 12 个月连续流水', en: 'Freelance income needs 12 consecutive months of statements' });
  }
  const score = Math.max(0, Math.min(100, Math.round(100 - Math.max(0, ratio - 0.3) * 150 - Math.max(0, 12 - proof) * 4 - (freelance ? 10 : 0))));
  const approved = reasons.length === 0;
  const reference = `PS-${Math.round(amount).toString(36).toUpperCase()}-${Math.round(income).toString(36).toUpperCase()}-${score}`;
  return {
    approved, score, reasons, suggestions: approved ? [] : [...SUGGESTIONS], reference,
    message: approved ? `预审通过，月供约 ${payment} 元 / Approved, instalment about ${payment} CNY` : reasons.map((r) => r.zh).join('；'),
  };
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}
