import { evaluateCondition } from '../expr/index.js';
import type { ExpressionEnv, Scope } from '../expr/types.js';
import { riskSignalLabels } from '../i18n/messages/report.js';
import type { RiskLibrary, RiskScore } from './types.js';

/**
 * Returns the weighted risk index, the most severe level reached and the signals that fired.
 * A signal value `true` counts 1, a number counts itself (0, false and missing do not fire).
 * Pure.
 */
export function scoreRisk(library: RiskLibrary, values: Readonly<Record<string, boolean | number | null | undefined>>): RiskScore {
  const fired: { key: string; label: RiskLibrary['signals'][number]['label']; weight: number; value: number }[] = [];
  let index = 0;
  for (const signal of library.signals) {
    const raw = values[signal.key];
    const value = raw === true ? 1 : typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
    if (value <= 0) continue;
    fired.push({ key: signal.key, label: signal.label, weight: signal.weight, value });
    index += signal.weight * value;
  }
  const level = library.levels.find((l) => (l.minIndex === undefined || index >= l.minIndex) && (l.minSignals === undefined || fired.length >= l.minSignals)
    && (l.minIndex !== undefined || l.minSignals !== undefined));
  return { index, level: level?.key ?? null, ...(level ? { levelLabel: level.label } : {}), fired };
}

/** Returns signal values from the library's conditions over `scope`, merged over `computed` values. Pure. */
export function evaluateSignals(
  library: RiskLibrary, scope: Scope, computed: Readonly<Record<string, boolean | number>> = {}, env: ExpressionEnv = {},
): Record<string, boolean | number> {
  const out: Record<string, boolean | number> = { ...computed };
  for (const s of library.signals) if (s.condition && !(s.key in computed)) out[s.key] = evaluateCondition(s.condition, scope, env);
  return out;
}

/**
 * The seed's 退筹风险指数 (seed 000): four signals of weight 1 — vague comparison with other
 * projects, no reply for 2 consecutive working days, asking whether the deposit is refundable,
 * photographing construction details — and 一级预警 when any two fire.
 */
export const seedRiskLibrary: RiskLibrary = {
  key: 'refund-risk-index',
  name: { zh: '退筹风险指数', en: 'Refund risk index' },
  signals: [
    { key: 'vagueComparison', label: riskSignalLabels.vagueComparison, weight: 1 },
    { key: 'noReplyTwoWorkingDays', label: riskSignalLabels.noReplyTwoWorkingDays, weight: 1 },
    { key: 'depositRefundQuestion', label: riskSignalLabels.depositRefundQuestion, weight: 1 },
    { key: 'photographingDetails', label: riskSignalLabels.photographingDetails, weight: 1 },
  ],
  levels: [{ key: 'level1', label: { zh: '一级预警', en: 'Level-1 alert' }, minSignals: 2 }],
};
