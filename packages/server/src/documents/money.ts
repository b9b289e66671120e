import nzh from 'nzh/cn';

const MAX_YUAN = 1e12;
const figures = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Returns the amount in yuan as whole cents, or null when it is not a money amount (negative, NaN, > 1e12, more than 2 decimals). Pure. */
export function toCents(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value.replace(/,/g, '')) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_YUAN) return null;
  const cents = Math.round(n * 100);
  // Reject sub-cent input (800000.005) instead of silently rounding a legal amount.
  return Math.abs(cents - n * 100) <= Math.max(1e-6, n * 100 * 1e-15) ? cents : null;
}

/** Returns cents printed in figures with thousands separators: 80000000 -> `800,000.00`. Pure. */
export function formatYuan(cents: number): string {
  return figures.format(cents / 100);
}

/**
 * Returns cents in Chinese capital numerals as banks and contracts write them:
 * 80000000 -> `人民币捌拾万元整`, 1005 -> `人民币壹拾元零伍分`. Uses nzh; whole amounts are passed
 * as integers because nzh drops 整 for `800000.00`. Pure.
 */
export function yuanCapitals(cents: number): string {
  const yuan = Math.floor(cents / 100);
  const rest = cents % 100;
  const text = rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
  return nzh.toMoney(text, { outSymbol: true });
}
