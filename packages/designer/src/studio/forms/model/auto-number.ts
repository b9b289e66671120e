import { formatAutoNumber, type AutoNumber } from '../../../renderer/runtime-form.js';

/** Returns the first number of `now`'s period as the designer's example: NO-202611-001 (device date; the server uses the project's). Pure. */
export function autoNumberExample(spec: AutoNumber, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [now.getFullYear(), pad(now.getMonth() + 1), pad(now.getDate())];
  const period = spec.date === 'none' ? '' : spec.date === 'yyyy' ? `${y}` : spec.date === 'yyyyMM' ? `${y}${m}` : `${y}${m}${d}`;
  return formatAutoNumber(spec, period, 1);
}
