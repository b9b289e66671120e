const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Returns a date in Chinese form (`2025年12月20日`) from EpochMs (read at the site's UTC offset)
 * or a `YYYY-MM-DD` string, or null when the value is not a real date. Pure.
 */
export function formatChineseDate(value: unknown, utcOffsetMinutes: number): string | null {
  let y: number; let m: number; let d: number;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const local = new Date(value + utcOffsetMinutes * 60_000);
    [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  } else if (typeof value === 'string' && DATE_RE.test(value)) {
    [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCFullYear() !== y || check.getUTCMonth() + 1 !== m || check.getUTCDate() !== d) return null;
  } else {
    return null;
  }
  return `${y}年${m}月${d}日`;
}
