import type { CommLogMessageKey } from './messages.js';

/** How a dictionary term leans: a worry (weight above 0), reassuring (below 0, e.g. 满意 / 放心) or neither. */
export type TermPolarity = 'negative' | 'positive' | 'neutral';

/** Tag colour of each polarity: worries red, reassuring words green, the rest plain. */
export const termColors: Readonly<Record<TermPolarity, string | undefined>> = { negative: 'red', positive: 'green', neutral: undefined };

/** Returns the polarity of a term of the given dictionary weight (weights add up to the negative index). Pure. */
export function termPolarity(weight: number): TermPolarity {
  if (weight > 0) return 'negative';
  return weight < 0 ? 'positive' : 'neutral';
}

/**
 * Returns the catalogue key and parameters that explain a term's weight, e.g. `cl.term.negative`
 * with `+2` (负面词 · 权重 +2 / negative term, weight +2). Pure.
 */
export function termMeaning(weight: number): { key: CommLogMessageKey; params: { weight: string } } {
  return { key: `cl.term.${termPolarity(weight)}`, params: { weight: weight > 0 ? `+${weight}` : String(weight) } };
}
