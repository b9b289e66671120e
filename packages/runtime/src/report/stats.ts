/** Returns the nearest-rank percentile `p` (0..1] of `values`, or null when empty. Pure. */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** Returns `part / whole` rounded to 4 places, or null when `whole` is 0. Pure. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/** Returns `value` rounded to `places` decimals (half away from zero). Pure. */
export function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.sign(value) * Math.round(Math.abs(value) * f) / f;
}

/** Returns the difference `a - b` rounded to 4 places, or null when either is null. Pure. */
export function delta(a: number | null, b: number | null, places = 4): number | null {
  return a === null || b === null ? null : round(a - b, places);
}
